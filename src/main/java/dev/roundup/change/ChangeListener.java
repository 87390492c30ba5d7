package dev.roundup.change;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Listens on the channel the change-log triggers notify, on a connection of its own (outside the pool: it is held
 * for the life of the instance), and fires {@link ContentChanged} for each notification, so that every instance on
 * the database forgets what changed however it was written. After losing the connection it connects again and
 * fires {@link ContentChanged#EVERYTHING}: notifications sent meanwhile are lost. The same thread announces
 * scheduled posts that fell due (change_log_publish_due), since no write does.
 */
@ApplicationScoped
public class ChangeListener {

    static final String CHANNEL = "roundup_changes";

    private static final long CATCH_UP_WAIT_MILLIS = 2000;
    private static final Logger LOG = Logger.getLogger(ChangeListener.class);
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Inject
    ChangesConfig config;

    @Inject
    Event<ContentChanged> changed;

    @Inject
    CacheInvalidation invalidation;

    @Inject
    AgroalDataSource dataSource;

    // Read-your-writes barrier (see catchUp): this instance's markers sent, and the latest one received back.
    private final String instance = UUID.randomUUID().toString();
    private final AtomicLong markersSent = new AtomicLong();
    private final AtomicLong markerSeen = new AtomicLong();
    private final Object markerArrived = new Object();

    private volatile boolean running;
    private volatile boolean connected;
    // when notifications stopped arriving (at first: since the instance started)
    private volatile Instant disconnectedSince = Instant.now();
    private Thread thread;

    void start(@Observes StartupEvent start) {
        running = true;
        thread = new Thread(this::run, "change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stop) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** Whether notifications are being received now (for tests and health). */
    public boolean connected() {
        return connected;
    }

    /** Since when notifications have not been received; empty while connected. */
    public Optional<Instant> disconnectedSince() {
        return connected ? Optional.empty() : Optional.of(disconnectedSince);
    }

    /**
     * Returns once every change committed before the call has been applied to this instance's caches: sends a
     * marker on the channel and waits for it to come back (notifications arrive in commit order). What an
     * instance writes is then visible in its next read; other instances see it a few milliseconds later. Without
     * a listening connection, or if the marker is late, it forgets every cached read instead.
     */
    public void catchUp() {
        if (!connected) {
            invalidation.forgetAll();
            return;
        }
        long marker = markersSent.incrementAndGet();
        try (Connection connection = dataSource.getConnection();
                Statement notify = connection.createStatement()) {
            notify.execute("select pg_notify('" + CHANNEL + "', 'marker' || chr(9) || '" + instance + "' || chr(9) || '"
                    + marker + "')");
        } catch (SQLException e) {
            invalidation.forgetAll();
            return;
        }
        long deadline = System.currentTimeMillis() + CATCH_UP_WAIT_MILLIS;
        synchronized (markerArrived) {
            while (markerSeen.get() < marker) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    invalidation.forgetAll();
                    return;
                }
                try {
                    markerArrived.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    invalidation.forgetAll();
                    return;
                }
            }
        }
    }

    private void run() {
        boolean first = true;
        while (running) {
            try (Connection connection = connect()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("listen " + CHANNEL);
                }
                connected = true;
                if (!first) {
                    LOG.info("change listener connected again; forgetting every cached read");
                    changed.fire(ContentChanged.EVERYTHING);
                }
                first = false;
                follow(connection);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("change listener lost the database (%s); connecting again", e.getMessage());
                }
            } finally {
                if (connected) {
                    disconnectedSince = Instant.now();
                    connected = false;
                }
            }
            if (running && !sleep(config.reconnectDelay().toMillis())) {
                return;
            }
            // A failure may have come after notifications were sent: forget everything once connected again.
            first = false;
        }
    }

    private void follow(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        long publishEvery = Math.max(100, config.publishInterval().toMillis());
        long nextPublish = 0;
        while (running) {
            if (System.currentTimeMillis() >= nextPublish) {
                publishDue(connection);
                nextPublish = System.currentTimeMillis() + publishEvery;
            }
            PGNotification[] notifications = pg.getNotifications((int) Math.min(publishEvery, 500));
            if (notifications == null) {
                continue;
            }
            for (PGNotification notification : notifications) {
                LOG.debugf("notification %s", notification.getParameter());
                if (notification.getParameter().startsWith("marker\t")) {
                    marker(notification.getParameter());
                    continue;
                }
                try {
                    changed.fire(ContentChanged.parse(notification.getParameter()));
                } catch (RuntimeException e) {
                    LOG.warnf(e, "an observer failed on change %s", notification.getParameter());
                }
            }
        }
    }

    private void marker(String payload) {
        String[] parts = payload.split("\t");
        if (parts.length == 3 && parts[1].equals(instance)) {
            synchronized (markerArrived) {
                markerSeen.accumulateAndGet(Long.parseLong(parts[2]), Math::max);
                markerArrived.notifyAll();
            }
        }
    }

    // Also the liveness check of the connection: a dead one throws here at the latest.
    private static void publishDue(Connection connection) throws SQLException {
        try (Statement publish = connection.createStatement()) {
            publish.execute("select change_log_publish_due()");
        } catch (SQLException e) {
            // A bulk first import holds the post tables until it commits: try again next round, rather than queue
            // behind it until the socket times out and leave the waiting backend behind.
            if (!LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                throw e;
            }
            LOG.debug("the post tables are locked (a bulk import?); publishing due changes next round");
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", username);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("socketTimeout", "30");
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("ApplicationName", "roundup-change-listener");
        // waits for a lock at most this long (publishDue)
        properties.setProperty("options", "-c lock_timeout=1000");
        Connection connection = DriverManager.getConnection(url, properties);
        connection.setAutoCommit(true);
        return connection;
    }

    private boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
