package org.e2e.discovery;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.e2e.framework.LatestVersion;
import org.e2e.framework.NodeType;

/**
 * What the index is derived from, read from PostgreSQL on one connection of the primary: the latest published
 * version of each framework, the published resources (their cards and texts; drafts live in other columns and
 * never come here), and the content generation that tells whether an index still matches.
 */
final class ContentSource {

    /** The latest published version of a framework. */
    record VersionRef(String framework, UUID versionId, String version) {
    }

    /**
     * The number of resource cards and the sum of their change numbers: every insert, update (a card takes a new,
     * higher number) and delete of a card changes it, whatever order concurrent publishes commit in.
     */
    record CardState(long count, long changeSum) {
    }

    private static final String LATEST = """
            select distinct on (v.framework_id) f.slug, v.id, v.version
            from framework_version v join framework f on f.id = v.framework_id
            where v.status = 'published' order by v.framework_id, v.major desc, v.minor desc, v.patch desc""";
    private static final String NODES = """
            select n.node_id, n.parent_id, n.type, n.slug, coalesce(n.title, n.body), n.title, n.subtitle, n.description, n.body
            from node n where n.version_id = ? order by n.position, n.node_id""";
    private static final String RESOURCES = """
            select c.id, c.slug, c.title, c.summary, c.type, c.audiences, c.tags, c.node_ids, c.author, c.publisher,
                   c.date_text, c.reading_minutes, c.change, r.search_text
            from resource_card c join resource r on r.id = c.id""";
    private static final Set<NodeType> SEARCHABLE = Set.of(NodeType.LAYER, NodeType.ELEMENT, NodeType.CATEGORY, NodeType.ACTION);

    private final Connection connection;

    ContentSource(Connection connection) {
        this.connection = connection;
    }

    /** The primary's WAL position now, as a number; everything committed before it is read after it. */
    long walPosition() throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select pg_current_wal_lsn() - '0/0'::pg_lsn")) {
            rs.next();
            return rs.getBigDecimal(1).longValue();
        }
    }

    List<VersionRef> latestVersions() throws SQLException {
        List<VersionRef> versions = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(LATEST)) {
            while (rs.next()) {
                versions.add(new VersionRef(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3)));
            }
        }
        return versions;
    }

    IndexedFramework framework(VersionRef ref) throws SQLException {
        List<LatestVersion.Row> rows = new ArrayList<>();
        List<IndexedFramework.NodeText> texts = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(NODES)) {
            s.setObject(1, ref.versionId());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    NodeType type = NodeType.fromValue(rs.getString(3));
                    String slug = rs.getString(4);
                    rows.add(new LatestVersion.Row(id, rs.getObject(2, UUID.class), type, slug, rs.getString(5)));
                    if (SEARCHABLE.contains(type)) {
                        texts.add(new IndexedFramework.NodeText(id, type, slug, rs.getString(6), rs.getString(7),
                                rs.getString(8), rs.getString(9)));
                    }
                }
            }
        }
        return new IndexedFramework(ref.versionId(), ref.framework(), ref.version(), rows, texts);
    }

    CardState cardState() throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select count(*), coalesce(sum(change), 0) from resource_card")) {
            rs.next();
            return new CardState(rs.getLong(1), rs.getLong(2));
        }
    }

    /** The resources with these ids (all of them when null), streamed. */
    void resources(Collection<UUID> ids, Consumer<IndexedResource> each) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false); // a cursor: the whole library is never held in memory at once
        try (PreparedStatement s = connection.prepareStatement(ids == null ? RESOURCES : RESOURCES + " where c.id = any(?)")) {
            s.setFetchSize(500);
            if (ids != null) {
                s.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    each.accept(new IndexedResource(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), strings(rs.getArray(6)), strings(rs.getArray(7)),
                            uuids(rs.getArray(8)), rs.getString(9), rs.getString(10), rs.getString(11), rs.getInt(12),
                            rs.getLong(13), rs.getString(14)));
                }
            }
        } finally {
            connection.commit();
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The change number of every published resource, by id (an index-only scan of resource_card_change). */
    Map<UUID, Long> resourceChanges() throws SQLException {
        Map<UUID, Long> changes = new HashMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select id, change from resource_card")) {
            while (rs.next()) {
                changes.put(rs.getObject(1, UUID.class), rs.getLong(2));
            }
        }
        return changes;
    }

    /**
     * The content generation: the latest published version of every framework and the count and highest change
     * number sum of the resource cards. Two equal generations mean the same published content.
     */
    static String generation(List<VersionRef> latest, CardState cards) {
        StringBuilder generation = new StringBuilder();
        latest.stream().sorted((a, b) -> a.framework().compareTo(b.framework()))
                .forEach(v -> generation.append(v.framework()).append('=').append(v.versionId()).append(';'));
        return generation.append("cards=").append(cards.count()).append(':').append(cards.changeSum()).toString();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }
}
