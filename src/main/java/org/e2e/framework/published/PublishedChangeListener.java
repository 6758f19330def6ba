package org.e2e.framework.published;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.e2e.config.ServiceConfig;
import org.e2e.db.ReadRouting;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Keeps every instance's {@link PublishedRepresentationCache} in step with the database. A dedicated JDBC
 * connection (not one of the pool's) LISTENs on {@value PublishedChanges#CHANNEL}; the transaction that publishes or
 * deprecates a version sends {@code NOTIFY} with the framework slug ({@link PublishedChanges#announce}), which
 * PostgreSQL delivers on commit to every listening instance, whose {@link PublishedChanges#invalidate} it calls. When the connection is lost (a database outage, a failover) the thread
 * reconnects every {@code e2e.cache.listener-reconnect-delay}, and after reconnecting drops the whole cache, since
 * notifications sent meanwhile were missed. Until then cached published reads keep being served. Each notification
 * (and each reconnection) also tells {@link ReadRouting} the primary's WAL position, so that nothing rebuilt after
 * the drop is read from a replica that has not replayed the publish yet.
 */
@ApplicationScoped
public class PublishedChangeListener {

    private static final Logger LOG = Logger.getLogger(PublishedChangeListener.class);

    private final PublishedChanges changes;
    private final ReadRouting reads;
    private final String url;
    private final String user;
    private final String password;
    private final String schema;
    private final long reconnectMillis;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean connected = new AtomicBoolean();
    private volatile Thread thread;
    private volatile Connection connection;

    public PublishedChangeListener(PublishedChanges changes, ReadRouting reads, ServiceConfig config, MeterRegistry registry,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username", defaultValue = "postgres") String user,
            @ConfigProperty(name = "quarkus.datasource.password", defaultValue = "") String password) {
        this.changes = changes;
        this.reads = reads;
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = config.database().schema();
        this.reconnectMillis = Math.max(100, config.cache().listenerReconnectDelay().toMillis());
        Gauge.builder("e2e.published.listener.connected", connected, c -> c.get() ? 1 : 0)
                .description("1 while the LISTEN connection that invalidates the published cache is up").register(registry);
    }

    void start(@Observes StartupEvent event) {
        running.set(true);
        thread = new Thread(this::run, "e2e-published-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running.set(false);
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
        closeQuietly(connection);
    }

    /** Whether the LISTEN connection is up. */
    public boolean connected() {
        return connected.get();
    }

    private void run() {
        boolean first = true;
        while (running.get()) {
            try (Connection c = open()) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + PublishedChanges.CHANNEL);
                }
                connected.set(true);
                if (!first) {
                    LOG.info("Listening for published versions again; dropping the cached representations");
                    reads.published(c); // a missed publish may be anything up to now
                    changes.invalidateAll();
                }
                first = false;
                PGConnection pg = c.unwrap(PGConnection.class);
                int idle = 0;
                while (running.get()) {
                    PGNotification[] notifications = pg.getNotifications(500);
                    if (notifications == null || notifications.length == 0) {
                        if (++idle % 10 == 0) {
                            ping(c); // a silently dropped connection only shows when something is sent
                        }
                        continue;
                    }
                    // Delivered after the commits: reads go to the primary until a replica has replayed this far.
                    reads.published(c);
                    for (PGNotification n : notifications) {
                        changes.invalidate(n.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running.get()) {
                    if (connected.get() || first) {
                        LOG.warnf("Lost the LISTEN connection for published versions (%s); retrying every %d ms",
                                e.getMessage(), reconnectMillis);
                    }
                    first = false;
                }
            } finally {
                connected.set(false);
                connection = null;
            }
            if (running.get()) {
                try {
                    Thread.sleep(reconnectMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static void ping(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.setQueryTimeout(2);
            s.execute("select 1");
        }
    }

    private Connection open() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("connectTimeout", "2");
        props.setProperty("socketTimeout", "0");
        props.setProperty("tcpKeepAlive", "true");
        props.setProperty("ApplicationName", "e2e-published-listener");
        props.setProperty("currentSchema", schema); // as the pool's connections (e2e.database.schema)
        return DriverManager.getConnection(url, props);
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing a broken connection
            }
        }
    }
}
