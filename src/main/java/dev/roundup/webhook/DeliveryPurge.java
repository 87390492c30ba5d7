package dev.roundup.webhook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.roundup.change.ChangesConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Deletes finished webhook deliveries (delivered or failed) last attempted longer ago than
 * {@code roundup.webhooks.delivery-retention}, on the change log's purge schedule. Pending deliveries stay, however
 * old: they are still being tried.
 */
@ApplicationScoped
public class DeliveryPurge {

    private static final Logger LOG = Logger.getLogger(DeliveryPurge.class);
    private static final int BATCH = 10_000;

    @Inject
    WebhooksConfig config;

    @Inject
    ChangesConfig schedule;

    @Inject
    AgroalDataSource dataSource;

    private ScheduledExecutorService scheduler;

    void start(@Observes StartupEvent start) {
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "webhook-delivery-purge");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(1000, schedule.purgeInterval().toMillis());
        scheduler.scheduleWithFixedDelay(this::purgeQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stop) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    private void purgeQuietly() {
        try {
            long purged = purge();
            if (purged > 0) {
                LOG.infof("purged %d webhook deliveries older than %s", purged, config.deliveryRetention());
            }
        } catch (RuntimeException e) {
            LOG.warnf("webhook delivery purge failed (%s); trying again later", e.getMessage());
        }
    }

    /** Purges the finished deliveries past the retention, in batches; returns how many went. */
    public long purge() {
        long total = 0;
        while (true) {
            long purged = QuarkusTransaction.requiringNew().call(this::purgeBatch);
            total += purged;
            if (purged < BATCH) {
                return total;
            }
        }
    }

    private long purgeBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("""
                        delete from webhook_delivery where id in (
                            select id from webhook_delivery
                            where status <> 'pending' and updated_at < now() - ? * interval '1 millisecond'
                            limit ?)""")) {
            delete.setLong(1, config.deliveryRetention().toMillis());
            delete.setInt(2, BATCH);
            return delete.executeUpdate();
        }
    }
}
