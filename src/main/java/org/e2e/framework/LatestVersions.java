package org.e2e.framework;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.e2e.db.ReadRouting;

/**
 * The latest published version of every framework, each as a compact {@link LatestVersion} index of its nodes.
 * Search, the resource filters, resource pages and the self-assessment ask for it on every request, so it is built
 * with one statement for all frameworks (their nodes' ids, parents, types, slugs and titles) and kept
 * until published content changes ({@link PublishedContentChanged}, which every instance hears of).
 */
@ApplicationScoped
public class LatestVersions {

    /** The nodes of every framework's latest published version, in one statement. */
    private static final String NODES = """
            with latest as (
                select distinct on (v.framework_id) v.id, v.framework_id, v.version from framework_version v
                where v.status = 'published' order by v.framework_id, v.major desc, v.minor desc, v.patch desc)
            select l.id, f.slug as framework, l.version, n.node_id, n.parent_id, n.type, n.slug, coalesce(n.title, n.body)
            from latest l join framework f on f.id = l.framework_id join node n on n.version_id = l.id
            order by f.slug, n.position, n.node_id""";

    private final ReadRouting reads;
    private final AtomicLong generation = new AtomicLong();
    private final Object building = new Object();
    /** As last built, null until built again after a change. */
    private volatile List<LatestVersion> latest;

    public LatestVersions(ReadRouting reads) {
        this.reads = reads;
    }

    /**
     * Every framework's latest published version, by framework slug. One request builds it while the others wait
     * for it: 32 concurrent searches after a publish must not read and hold 32 copies of every latest version.
     */
    public List<LatestVersion> all() {
        List<LatestVersion> cached = latest;
        if (cached != null) {
            return cached;
        }
        synchronized (building) {
            cached = latest;
            if (cached != null) {
                return cached;
            }
            long before = generation.get();
            List<LatestVersion> built = build(reads.session()); // the replica's when it may serve this request
            synchronized (generation) {
                if (generation.get() == before) { // nothing changed while it was read: it may be kept
                    latest = built;
                }
            }
            return built;
        }
    }

    /** The latest published version of one framework. */
    public Optional<LatestVersion> of(String framework) {
        return all().stream().filter(v -> v.framework().equals(framework)).findFirst();
    }

    /** The latest published version that has the node, if any does. */
    public Optional<LatestVersion> holding(UUID nodeId) {
        return all().stream().filter(v -> v.contains(nodeId)).findFirst();
    }

    /** The ids of every node of the type and slug in the latest versions, with all the nodes below them. */
    public Set<UUID> subtreeIds(NodeType type, String slug) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (LatestVersion v : all()) {
            v.find(type, slug).forEach(id -> ids.addAll(v.subtreeIds(id)));
        }
        return ids;
    }

    void onPublishedContentChanged(@Observes PublishedContentChanged event) {
        synchronized (generation) {
            generation.incrementAndGet();
            latest = null;
        }
    }

    private static List<LatestVersion> build(EntityManager em) {
        @SuppressWarnings("unchecked")
        List<Object[]> result = em.createNativeQuery(NODES).getResultList();
        List<LatestVersion> versions = new ArrayList<>();
        List<LatestVersion.Row> rows = new ArrayList<>();
        for (int i = 0; i < result.size(); i++) {
            Object[] r = result.get(i);
            rows.add(new LatestVersion.Row((UUID) r[3], (UUID) r[4], NodeType.fromValue((String) r[5]), (String) r[6],
                    (String) r[7]));
            if (i + 1 == result.size() || !result.get(i + 1)[0].equals(r[0])) { // the last node of this version
                versions.add(new LatestVersion((UUID) r[0], (String) r[1], (String) r[2], rows));
                rows = new ArrayList<>();
            }
        }
        return List.copyOf(versions);
    }
}
