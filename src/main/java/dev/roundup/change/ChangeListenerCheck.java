package dev.roundup.change;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while the change listener has been disconnected for longer than {@code roundup.changes.listener-grace}.
 * Such an instance misses the invalidations that writes through other instances (and SQL by hand) send, so its
 * cache may serve stale reads for as long as it stays away; behind a load balancer the other instances should take
 * its traffic. A single reconnect (about {@code reconnect-delay}) stays within the grace, so readiness does not flap
 * on it. When the database itself is away, the datasource check says DOWN on every instance anyway.
 */
@Readiness
@ApplicationScoped
public class ChangeListenerCheck implements HealthCheck {

    @Inject
    ChangeListener listener;

    @Inject
    ChangesConfig config;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("change-listener")
                .withData("connected", listener.connected());
        Optional<Instant> since = listener.disconnectedSince();
        if (since.isEmpty()) {
            return response.up().build();
        }
        Duration away = Duration.between(since.get(), Instant.now());
        return response.withData("disconnectedSince", since.get().toString())
                .withData("disconnectedMillis", away.toMillis())
                .withData("graceMillis", config.listenerGrace().toMillis())
                .status(away.compareTo(config.listenerGrace()) < 0)
                .build();
    }
}
