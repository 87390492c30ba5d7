package dev.roundup.common;

import java.sql.Connection;
import java.sql.SQLException;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * Checks the database and migrates it before anything else starts. Flyway's own migrate-at-start would
 * greet a missing database with a page of stack trace; this says in one message what to do instead.
 */
@ApplicationScoped
public class DatabaseBootstrap {

    public static final int FIRST = 10;
    private static final Logger LOG = Logger.getLogger(DatabaseBootstrap.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Flyway flyway;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Inject
    RoundupConfig config;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    private volatile boolean ready;

    void onStart(@Observes @Priority(FIRST) StartupEvent event) {
        try (Connection connection = dataSource.getConnection()) {
            LOG.debugf("database %s reachable", connection.getMetaData().getURL());
        } catch (SQLException e) {
            LOG.errorf(
                    """
                            Cannot reach PostgreSQL at %s as user '%s': %s
                            Start PostgreSQL and create the role and database: 'bash .ci/ensure-postgres' does both on a local
                            cluster (README, "Quick start"), or by hand:
                              psql -h 127.0.0.1 -U postgres -c "create role roundup login password 'roundup'" -c "create database roundup owner roundup"
                            or run 'docker compose -f docker/compose.yml up -d postgres', or point QUARKUS_DATASOURCE_JDBC_URL,
                            QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD at your database.""",
                    jdbcUrl, username, rootCause(e));
            Quarkus.asyncExit(1);
            return;
        }
        // Tests start from an empty schema, whatever an earlier run or an older branch left in their database.
        if (config.database().cleanAtStart()) {
            LOG.warn("roundup.database.clean-at-start: dropping every object of the schema before migrating it");
            flyway.clean();
        }
        var result = flyway.migrate();
        LOG.infof("database schema at version %s (%d migrations applied now)", flyway.info().current().getVersion(),
                result.migrationsExecuted);
        ready = true;
    }

    public boolean isReady() {
        return ready;
    }

    /** For scheduled work that reads the schema: it waits until the schema is migrated. */
    @ApplicationScoped
    public static class NotReady implements Scheduled.SkipPredicate {
        @Inject
        DatabaseBootstrap database;

        @Override
        public boolean test(ScheduledExecution execution) {
            return !database.isReady();
        }
    }

    private static String rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
