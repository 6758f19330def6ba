package org.e2e.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.e2e.framework.LatestVersion;
import org.jboss.logging.Logger;

/**
 * One pass that makes the index equal to the published content: frameworks whose latest published version is not
 * the indexed one are replaced (publish, deprecate), frameworks without a published version removed, and resources
 * whose card changed (by change number) re-read, new ones added and unpublished ones deleted. Everything is
 * committed at once, with the content generation it was read at.
 */
final class IndexSync {

    private static final Logger LOG = Logger.getLogger(IndexSync.class);
    static final String SCHEMA_KEY = "schema";
    static final String GENERATION_KEY = "generation";
    private static final int BATCH = 1000;

    private final ContentSource source;
    private final IndexWriter writer;
    private final Documents documents;

    IndexSync(ContentSource source, IndexWriter writer, Documents documents) {
        this.source = source;
        this.writer = writer;
        this.documents = documents;
    }

    /** The WAL position to record for this pass: read before anything else, so nothing committed before it is missed. */
    long position() throws SQLException {
        return source.walPosition();
    }

    /** Writes and commits what changed since {@code before} (null: an empty index); returns the generation now held. */
    String run(DiscoverySnapshot before) throws IOException, SQLException {
        List<ContentSource.VersionRef> latest = source.latestVersions();
        ContentSource.CardState cards = source.cardState();
        String generation = ContentSource.generation(latest, cards);
        if (before != null && generation.equals(before.generation)) {
            return generation;
        }
        Map<String, LatestVersion> indexed = before == null ? Map.of() : before.frameworks;
        int frameworks = 0;
        for (ContentSource.VersionRef v : latest) {
            LatestVersion held = indexed.get(v.framework());
            if (held == null || !held.versionId().equals(v.versionId())) {
                writer.deleteDocuments(new Term(Fields.FRAMEWORK, v.framework()));
                writer.addDocuments(documents.framework(source.framework(v)));
                frameworks++;
            }
        }
        for (String framework : indexed.keySet()) {
            if (latest.stream().noneMatch(v -> v.framework().equals(framework))) {
                writer.deleteDocuments(new Term(Fields.FRAMEWORK, framework));
                frameworks++;
            }
        }
        int resources = before == null ? all() : changedSince(before);
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, DiscoveryIndex.SCHEMA, GENERATION_KEY, generation).entrySet());
        writer.commit();
        LOG.debugf("Search index: %d frameworks and %d resources written; generation %s", frameworks, resources, generation);
        return generation;
    }

    private int all() throws SQLException {
        int[] count = new int[1];
        source.resources(null, r -> {
            add(r);
            count[0]++;
        });
        return count[0];
    }

    private int changedSince(DiscoverySnapshot before) throws IOException, SQLException {
        Map<UUID, Long> held = heldChanges(before);
        Map<UUID, Long> now = source.resourceChanges();
        List<UUID> changed = new ArrayList<>();
        now.forEach((id, change) -> {
            if (!change.equals(held.get(id))) {
                changed.add(id);
            }
        });
        for (UUID id : held.keySet()) {
            if (!now.containsKey(id)) {
                writer.deleteDocuments(new Term(Fields.ID, id.toString()));
            }
        }
        for (int i = 0; i < changed.size(); i += BATCH) {
            source.resources(changed.subList(i, Math.min(changed.size(), i + BATCH)), this::add);
        }
        return changed.size() + (int) held.keySet().stream().filter(id -> !now.containsKey(id)).count();
    }

    private void add(IndexedResource r) {
        try {
            writer.updateDocument(new Term(Fields.ID, r.id().toString()), Documents.resource(r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The change number of every resource in a snapshot, by id, from doc values. */
    static Map<UUID, Long> heldChanges(DiscoverySnapshot snapshot) throws IOException {
        Map<UUID, Long> held = new HashMap<>();
        for (LeafReaderContext leaf : snapshot.reader.leaves()) {
            LeafReader reader = leaf.reader();
            NumericDocValues changes = reader.getNumericDocValues(Fields.CHANGE);
            SortedDocValues ids = reader.getSortedDocValues(Fields.ID);
            if (changes == null || ids == null) {
                continue;
            }
            Bits live = reader.getLiveDocs();
            for (int doc = changes.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = changes.nextDoc()) {
                if ((live == null || live.get(doc)) && ids.advanceExact(doc)) {
                    held.put(UUID.fromString(ids.lookupOrd(ids.ordValue()).utf8ToString()), changes.longValue());
                }
            }
        }
        return held;
    }
}
