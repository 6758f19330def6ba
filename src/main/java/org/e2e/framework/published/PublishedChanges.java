package org.e2e.framework.published;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.e2e.db.ReadRouting;
import org.e2e.framework.PublishedContentChanged;
import org.jboss.logging.Logger;

/**
 * How a change of published content reaches every instance. Publishing and deprecating call {@link #announce} inside
 * their transaction: it sends {@code NOTIFY e2e_published}, which PostgreSQL delivers on commit to every instance's
 * {@link PublishedChangeListener}, and drops the framework here as soon as the transaction completes. Dropping
 * ({@link #invalidate}) empties the framework's cached representations and fires {@link PublishedContentChanged}, so
 * every cache built on published content (the latest trees, the CASE packages, the library's counts) follows.
 */
@ApplicationScoped
public class PublishedChanges {

    private static final Logger LOG = Logger.getLogger(PublishedChanges.class);
    /** The PostgreSQL channel that announces a changed framework; the payload is its slug. */
    public static final String CHANNEL = "e2e_published";
    /** The announcement that the library's resources changed; no framework has this slug. */
    public static final String RESOURCES = "~resources";

    private final PublishedRepresentationCache cache;
    private final PublishedCacheMetrics metrics;
    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final ReadRouting reads;
    private final Event<PublishedContentChanged> changed;

    public PublishedChanges(PublishedRepresentationCache cache, PublishedCacheMetrics metrics, EntityManager em,
            TransactionSynchronizationRegistry transactions, ReadRouting reads, Event<PublishedContentChanged> changed) {
        this.cache = cache;
        this.metrics = metrics;
        this.em = em;
        this.transactions = transactions;
        this.reads = reads;
        this.changed = changed;
    }

    /**
     * Called inside the transaction that publishes or deprecates a version of {@code framework}: every instance
     * (this one included) is told through PostgreSQL when the transaction commits, and this instance also drops
     * the framework's entries as soon as the transaction completes, so its own next read sees the change.
     */
    public void announce(String framework) {
        em.createNativeQuery("select pg_notify(:channel, :framework)")
                .setParameter("channel", CHANNEL).setParameter("framework", framework)
                .getSingleResult();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    reads.published(); // first: nothing rebuilt after the drop may come from a replica behind this commit
                    invalidate(framework);
                }
            }
        });
        invalidate(framework); // also now, so nothing read before the commit outlives it
    }

    /** Drops what this instance derived from one framework's published content (and the frameworks list). */
    public void invalidate(String framework) {
        cache.invalidate(framework);
        metrics.invalidated();
        LOG.debugf("Dropped the cached representations of framework %s", framework);
        changed.fire(new PublishedContentChanged(framework));
    }

    /** Drops everything derived from published content: after the listener reconnects, notifications may have been missed. */
    public void invalidateAll() {
        cache.invalidateAll();
        metrics.invalidated();
        changed.fire(new PublishedContentChanged(null));
    }
}
