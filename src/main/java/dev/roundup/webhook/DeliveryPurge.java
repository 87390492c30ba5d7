package dev.roundup.webhook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.roundup.change.RetentionPurges;
import io.agroal.api.AgroalDataSource;

/**
 * Deletes finished webhook deliveries (delivered or failed) last attempted longer ago than
 * {@code roundup.webhooks.delivery-retention}, on the schedule of {@link RetentionPurges}. Pending deliveries stay,
 * however old: they are still being tried.
 */
@ApplicationScoped
public class DeliveryPurge implements RetentionPurges.Purge {

    @Inject
    WebhooksConfig config;

    @Inject
    AgroalDataSource dataSource;

    @Override
    public String describe() {
        return "webhook deliveries finished more than " + config.deliveryRetention() + " ago";
    }

    /** Purges what is past the retention; returns how many rows went. */
    public long purge() {
        return RetentionPurges.drain(this);
    }

    @Override
    public long purgeBatch(int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("""
                        delete from webhook_delivery where id in (
                            select id from webhook_delivery
                            where status <> 'pending' and updated_at < now() - ? * interval '1 millisecond'
                            limit ?)""")) {
            delete.setLong(1, config.deliveryRetention().toMillis());
            delete.setInt(2, limit);
            return delete.executeUpdate();
        }
    }
}
