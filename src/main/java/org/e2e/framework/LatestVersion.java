package org.e2e.framework;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * The nodes of one framework's latest published version, compactly: for each node its id, parent, type, slug and
 * breadcrumb title, in parallel arrays (no entities, no view records, no texts but the titles). Enough to resolve a
 * node id, a breadcrumb, a subtree or a slug for search, the resource filters, resource pages and the
 * self-assessment; full trees are built only for what is served ({@link FrameworkTreeService#snapshot}).
 */
public final class LatestVersion {

    /** One node as the index is built from it; {@code title} is the node's title, or its text when it has none. */
    public record Row(UUID id, UUID parentId, NodeType type, String slug, String title) {
    }

    private final UUID versionId;
    private final String framework;
    private final String version;
    private final UUID[] ids;
    private final int[] byId;
    private final int[] parent;
    private final NodeType[] types;
    private final String[] slugs;
    private final String[] titles;
    private final int[] childStart;
    private final int[] children;

    /** {@code rows} in framework order (by position), so children keep their order. */
    public LatestVersion(UUID versionId, String framework, String version, List<Row> rows) {
        this.versionId = versionId;
        this.framework = framework;
        this.version = version;
        int n = rows.size();
        ids = new UUID[n];
        types = new NodeType[n];
        slugs = new String[n];
        titles = new String[n];
        for (int i = 0; i < n; i++) {
            Row row = rows.get(i);
            ids[i] = row.id();
            types[i] = row.type();
            slugs[i] = row.slug();
            titles[i] = row.title();
        }
        byId = IntStream.range(0, n).boxed().sorted((a, b) -> ids[a].compareTo(ids[b]))
                .mapToInt(Integer::intValue).toArray();
        parent = new int[n];
        childStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            UUID parentId = rows.get(i).parentId();
            parent[i] = parentId == null ? -1 : indexOf(parentId);
            if (parent[i] >= 0) {
                childStart[parent[i] + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            childStart[i + 1] += childStart[i];
        }
        children = new int[childStart[n]];
        int[] filled = Arrays.copyOf(childStart, n);
        for (int i = 0; i < n; i++) {
            if (parent[i] >= 0) {
                children[filled[parent[i]]++] = i;
            }
        }
    }

    public UUID versionId() {
        return versionId;
    }

    public String framework() {
        return framework;
    }

    public String version() {
        return version;
    }

    public boolean contains(UUID id) {
        return indexOf(id) >= 0;
    }

    /** The node as one step of a breadcrumb (type, id, slug, title, link); null when the version has no such node. */
    public Crumb crumb(UUID id) {
        int i = indexOf(id);
        return i < 0 ? null : crumb(i);
    }

    /** The breadcrumb from the top of the tree down to the node itself; empty when the version has no such node. */
    public List<Crumb> path(UUID id) {
        List<Crumb> path = new ArrayList<>();
        for (int i = indexOf(id); i >= 0; i = parent[i]) {
            path.add(0, crumb(i));
        }
        return path;
    }

    /** The node and every node below it, depth first in framework order; empty when the version has no such node. */
    public List<Crumb> subtree(UUID id) {
        List<Crumb> nodes = new ArrayList<>();
        collect(indexOf(id), i -> nodes.add(crumb(i)));
        return nodes;
    }

    /** The ids of the node and every node below it, as {@link #subtree}, without building their breadcrumb steps. */
    public List<UUID> subtreeIds(UUID id) {
        List<UUID> nodes = new ArrayList<>();
        collect(indexOf(id), i -> nodes.add(ids[i]));
        return nodes;
    }

    /** The ids of the nodes of a type with a slug; empty when the version has none. */
    public List<UUID> find(NodeType type, String slug) {
        List<UUID> found = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            if (types[i] == type && slugs[i].equals(slug)) {
                found.add(ids[i]);
            }
        }
        return found;
    }

    /** Visits node {@code i} and every node below it, depth first; nothing when {@code i} is -1 (no such node). */
    private void collect(int i, IntConsumer visit) {
        if (i < 0) {
            return;
        }
        visit.accept(i);
        for (int c = childStart[i]; c < childStart[i + 1]; c++) {
            collect(children[c], visit);
        }
    }

    private Crumb crumb(int i) {
        return new Crumb(types[i], ids[i], slugs[i], titles[i], ApiPaths.self(framework, version, types[i], slugs[i], ids[i]));
    }

    private int indexOf(UUID id) {
        int low = 0;
        int high = byId.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = ids[byId[mid]].compareTo(id);
            if (c == 0) {
                return byId[mid];
            }
            if (c < 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -1;
    }
}
