package org.e2e.discovery;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.e2e.framework.Crumb;
import org.e2e.framework.LatestVersion;
import org.e2e.framework.NodeType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One committed state of the index: its reader and searcher, the latest version of each framework it holds (from
 * the node map documents, so breadcrumbs and the layer/element filters always agree with the hits), and the
 * content generation it was built from. Immutable; readers hold a reference while they search
 * ({@link DiscoveryIndex#acquire}).
 */
final class DiscoverySnapshot {

    private static final TypeReference<List<LatestVersion.Row>> ROWS = new TypeReference<>() {
    };

    final DirectoryReader reader;
    final IndexSearcher searcher;
    /** The latest version of each indexed framework, by framework slug. */
    final Map<String, LatestVersion> frameworks;
    final String generation;
    /** Counts the snapshots of this instance: the key of what is cached from it. */
    final long number;

    DiscoverySnapshot(DirectoryReader reader, String generation, long number, ObjectMapper json) throws IOException {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(new BM25Similarity());
        this.generation = generation;
        this.number = number;
        this.frameworks = frameworks(searcher, json);
    }

    private static Map<String, LatestVersion> frameworks(IndexSearcher searcher, ObjectMapper json) throws IOException {
        Map<String, LatestVersion> frameworks = new LinkedHashMap<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : searcher.search(new TermQuery(new Term(Fields.KIND, Fields.FRAMEWORK_KIND)), 10_000).scoreDocs) {
            Document doc = stored.document(hit.doc);
            List<LatestVersion.Row> rows = json.readValue(doc.getBinaryValue(Fields.NODES).bytes, ROWS);
            String framework = doc.get(Fields.FRAMEWORK);
            frameworks.put(framework, new LatestVersion(UUID.fromString(doc.get(Fields.VERSION_ID)), framework, doc.get(Fields.VERSION), rows));
        }
        return frameworks;
    }

    /** The version the node is in, or null. */
    LatestVersion holding(UUID node) {
        for (LatestVersion v : frameworks.values()) {
            if (v.contains(node)) {
                return v;
            }
        }
        return null;
    }

    /** The ids of every node of the type and slug in the indexed frameworks, with all the nodes below them. */
    Set<UUID> subtreeIds(NodeType type, String slug) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (LatestVersion v : frameworks.values()) {
            v.find(type, slug).forEach(id -> ids.addAll(v.subtreeIds(id)));
        }
        return ids;
    }

    /** The title of the first node of the type and slug, or the slug. */
    String title(NodeType type, String slug) {
        for (LatestVersion v : frameworks.values()) {
            for (UUID id : v.find(type, slug)) {
                return v.crumb(id).title();
            }
        }
        return slug;
    }

    /** The slugs of the layers (or elements) that hold any of the nodes, or are one of them. */
    static void ancestors(Collection<Crumb> path, NodeType type, Set<String> into) {
        for (Crumb c : path) {
            if (c.type() == type) {
                into.add(c.slug());
            }
        }
    }
}
