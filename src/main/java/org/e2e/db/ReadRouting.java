package org.e2e.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.e2e.config.ServiceConfig;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableInstance;
import java.util.Optional;

/**
 * The one place that decides which database a read uses. With no {@code quarkus.datasource."replica".jdbc.url}
 * everything reads the primary, as before. With one, the published reads of a request (resource lists and reads,
 * search, uncached published framework builds) go to the streaming replica unless:
 * <ul>
 * <li>the request writes or carries credentials (authoring, drafts), or runs inside a transaction;</li>
 * <li>it carries a write's {@code X-E2E-Read-After} token that the replica has not replayed yet;</li>
 * <li>a publish this instance knows of (made here, or heard through NOTIFY, each with the primary's WAL position
 * after its commit) is not replayed yet: the replica's lag;</li>
 * <li>the replica does not answer: then it is left alone for {@code e2e.replica.retry-after}.</li>
 * </ul>
 * The replica's replay position is read on the very connection the request will use, so the check is exact and
 * doubles as that connection's validation. Writes, drafts, the LISTEN connection and transactions never see the
 * replica. {@code e2e_read_route_total{target,reason}} counts every request's choice.
 */
@ApplicationScoped
public class ReadRouting {

    private static final Logger LOG = Logger.getLogger(ReadRouting.class);
    /** Bytes of WAL the server has replayed (a standby) or written (a primary, which is never behind itself). */
    private static final String REPLAYED = "select (case when pg_is_in_recovery() then coalesce(pg_last_wal_replay_lsn(), '0/0')"
            + " else pg_current_wal_lsn() end) - '0/0'::pg_lsn";
    private static final String CURRENT = "select pg_current_wal_lsn() - '0/0'::pg_lsn";
    private static final int CHECK_TIMEOUT_MILLIS = 2000;
    private static final Executor DIRECT = Runnable::run;

    private final AgroalDataSource replica;
    private final AgroalDataSource primary;
    private final Session primarySession;
    private final SessionFactory sessions;
    private final TransactionSynchronizationRegistry transactions;
    private final ReadSession request;
    private final long retryNanos;
    private final AtomicLong publishedUpTo = new AtomicLong();
    private final Map<ReadReason, Counter> routes = new EnumMap<>(ReadReason.class);
    private volatile long replicaDownUntil = System.nanoTime();

    public ReadRouting(@DataSource("replica") InjectableInstance<AgroalDataSource> replica, AgroalDataSource primary,
            Session primarySession, SessionFactory sessions, TransactionSynchronizationRegistry transactions,
            ReadSession request, ServiceConfig config, MeterRegistry registry) {
        this.replica = replica.isResolvable() && replica.getHandle().getBean().isActive() ? replica.get() : null;
        this.primary = primary;
        this.primarySession = primarySession;
        this.sessions = sessions;
        this.transactions = transactions;
        this.request = request;
        this.retryNanos = config.replica().retryAfter().toNanos();
        for (ReadReason reason : ReadReason.values()) {
            routes.put(reason, Counter.builder("e2e.read.route").tag("target", reason.target()).tag("reason", reason.tag())
                    .description("Requests whose database reads went to the replica or the primary, and why").register(registry));
        }
    }

    /** Whether a replica is configured. */
    public boolean configured() {
        return replica != null;
    }

    /** Whether the replica failed lately, so reads use the primary for now. */
    private boolean replicaDown() {
        return replica != null && System.nanoTime() - replicaDownUntil < 0;
    }

    /**
     * The session a published read uses: the current request's routed one, or the primary's outside a request
     * (startup, scheduled work) and inside a transaction (writes see their own changes).
     */
    public Session session() {
        if (!Arc.container().requestContext().isActive()
                || transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return primarySession;
        }
        Session chosen = request.session();
        if (chosen == null) {
            chosen = route();
        }
        return chosen;
    }

    /** The token a read must quote to see the current request's write; empty when no replica is configured. */
    public Optional<String> readAfterToken() {
        if (replica == null) {
            return Optional.empty();
        }
        try (Connection c = primary.getConnection()) {
            return Optional.of(Lsn.format(position(c, CURRENT)));
        } catch (SQLException e) {
            LOG.debugf("No WAL position for X-E2E-Read-After: %s", e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The WAL position of the write the current request must see (its {@code X-E2E-Read-After} token), or 0: for
     * reads that are not served by a database session (the search index).
     */
    public long requiredPosition() {
        return Arc.container().requestContext().isActive() ? request.readAfter() : 0;
    }

    /** Records that the current request must see the write at {@code lsn}. */
    public void readAfter(long lsn) {
        request.readAfter(lsn);
    }

    /**
     * Called after a publish committed here, before its cached representations are dropped: until the replica has
     * replayed the primary's present WAL position, published reads use the primary.
     */
    public void published() {
        if (replica != null) {
            try (Connection c = primary.getConnection()) {
                published(c);
            } catch (SQLException e) {
                replicaDownUntil = System.nanoTime() + retryNanos; // position unknown: the primary serves for a while
            }
        }
    }

    /** The same, for a publish heard through NOTIFY on {@code primaryConnection} (delivered after its commit). */
    public void published(Connection primaryConnection) throws SQLException {
        if (replica != null) {
            publishedUpTo.accumulateAndGet(position(primaryConnection, CURRENT), Math::max);
        }
    }

    /** The replica's replayed WAL position, or null when it does not answer (or failed lately) or is not configured. */
    public Long replicaPosition() {
        if (replica == null) {
            return null;
        }
        Connection[] connection = new Connection[1];
        Long replay = replayed(connection);
        close(connection[0]);
        return replay;
    }

    private Session route() {
        Connection[] connection = new Connection[1];
        ReadReason reason = ReadReason.decide(replica != null, request.authoring(), request.readAfter(), publishedUpTo.get(),
                () -> replayed(connection));
        Session chosen = primarySession;
        if (reason.replica()) {
            chosen = sessions.withOptions().connection(connection[0]).autoJoinTransactions(false).openSession();
            chosen.setDefaultReadOnly(true);
            chosen.setHibernateFlushMode(FlushMode.MANUAL);
        } else if (connection[0] != null) {
            close(connection[0]);
            connection[0] = null;
        }
        request.use(chosen, connection[0]);
        routes.get(reason).increment();
        return chosen;
    }

    /** The replica's replayed position, read on a connection kept in {@code holder}; null when it does not answer. */
    private Long replayed(Connection[] holder) {
        if (replicaDown()) {
            return null;
        }
        Connection c = null;
        try {
            c = replica.getConnection();
            int timeout = c.getNetworkTimeout();
            c.setNetworkTimeout(DIRECT, CHECK_TIMEOUT_MILLIS);
            long replay = position(c, REPLAYED);
            c.setNetworkTimeout(DIRECT, timeout);
            holder[0] = c;
            return replay;
        } catch (SQLException e) {
            close(c);
            replicaDownUntil = System.nanoTime() + retryNanos;
            LOG.warnf("The read replica did not answer (%s); reads use the primary for %d s", e.getMessage(),
                    retryNanos / 1_000_000_000L);
            return null;
        }
    }

    private static long position(Connection c, String sql) throws SQLException {
        // A prepared statement: the driver keeps it prepared on each pooled connection after a few uses.
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void close(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // a broken connection: the pool drops it
            }
        }
    }
}
