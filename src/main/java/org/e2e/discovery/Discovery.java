package org.e2e.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.e2e.config.ServiceConfig;
import org.e2e.db.ReadRouting;
import org.e2e.framework.Crumb;
import org.e2e.framework.LatestVersion;
import org.e2e.framework.NodeType;
import org.e2e.problem.ProblemException;

/**
 * The discovery reads on the search index: ranked search across the frameworks' latest published versions and
 * the resources, the library's filtered and sorted pages, and their facet counts. No SQL: everything a page shows
 * is in the index (breadcrumbs from its node maps, cards as stored fields). A request that quotes a write's
 * read-after token waits until the index has read that write.
 */
@ApplicationScoped
public class Discovery {

    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, new SortField(Fields.KIND_SORT, SortField.Type.STRING),
            new SortField(Fields.SLUG_SORT, SortField.Type.STRING));
    private static final Map<LibraryRequest.LibraryOrder, Sort> LIBRARY_ORDERS = Map.of(
            LibraryRequest.LibraryOrder.TITLE, new Sort(string(Fields.TITLE_SORT, false), string(Fields.SLUG_SORT, false)),
            LibraryRequest.LibraryOrder.TITLE_DESC, new Sort(string(Fields.TITLE_SORT, true), string(Fields.SLUG_SORT, true)),
            LibraryRequest.LibraryOrder.READING_TIME, new Sort(new SortField(Fields.MINUTES, SortField.Type.INT),
                    string(Fields.TITLE_SORT, false), string(Fields.SLUG_SORT, false)),
            LibraryRequest.LibraryOrder.READING_TIME_DESC, new Sort(new SortField(Fields.MINUTES, SortField.Type.INT, true),
                    string(Fields.TITLE_SORT, false), string(Fields.SLUG_SORT, false)),
            LibraryRequest.LibraryOrder.RELEVANCE, new Sort(SortField.FIELD_SCORE, string(Fields.TITLE_SORT, false),
                    string(Fields.SLUG_SORT, false)));
    /** Fewer hits than this and a corrected query is looked for even when every word is known. */
    private static final Query RESOURCES = new TermQuery(new Term(Fields.KIND, Fields.RESOURCE));

    private final DiscoveryIndex index;
    private final ReadRouting reads;
    private final int maxTerms;

    public Discovery(DiscoveryIndex index, ReadRouting reads, ServiceConfig config) {
        this.index = index;
        this.reads = reads;
        this.maxTerms = config.search().maxTerms();
    }

    /** The number of the snapshot a request made now reads: what it answers depends on nothing else. */
    public long snapshotNumber() {
        DiscoverySnapshot snapshot = index.acquire(reads.requiredPosition());
        try {
            return snapshot.number;
        } finally {
            index.release(snapshot);
        }
    }

    public TextHits search(TextRequest request) {
        DiscoverySnapshot snapshot = index.acquire(reads.requiredPosition());
        try {
            IndexSearcher searcher = snapshot.searcher;
            TextQuery.Parsed parsed = TextQuery.parse(request.q(), snapshot.reader, maxTerms, "q");
            Set<String> kinds = request.kinds().isEmpty() ? TextRequest.KINDS : request.kinds();
            Map<String, Query> filters = new LinkedHashMap<>();
            filters.put("type", terms(Fields.KIND, kinds));
            if (!request.frameworks().isEmpty()) {
                filters.put("framework", terms(Fields.FRAMEWORK, request.frameworks()));
            }
            Query query = filtered(parsed.query(), filters.values());
            TopDocs top = top(searcher, query, BY_RELEVANCE, request.offset() + request.limit());
            int[] docs = page(top, request.offset());
            String[] snippets = Snippets.of(searcher, parsed.positive(), docs);
            StoredFields stored = searcher.storedFields();
            List<TextHit> hits = new ArrayList<>();
            for (int i = 0; i < docs.length; i++) {
                hits.add(textHit(snapshot, stored.document(docs[i]), snippets[i], score(top.scoreDocs[request.offset() + i])));
            }
            long total = top.totalHits.value;
            Map<String, List<FacetCount>> facets = Map.of();
            if (!request.facets().isEmpty()) {
                Map<String, Set<String>> selected = new LinkedHashMap<>();
                selected.put("type", request.kinds());
                selected.put("framework", request.frameworks());
                List<FacetCounter.Dimension> dimensions = new ArrayList<>();
                if (request.facets().contains("type")) {
                    dimensions.add(new FacetCounter.Dimension("type", Fields.KIND, null, Function.identity()));
                }
                if (request.facets().contains("framework")) {
                    dimensions.add(new FacetCounter.Dimension("framework", Fields.FRAMEWORK, null, Function.identity()));
                }
                // Every kind is counted, not only the searched ones: the sidebar offers the others.
                Map<String, Query> facetFilters = new LinkedHashMap<>(filters);
                if (request.kinds().isEmpty()) {
                    facetFilters.remove("type");
                }
                facets = FacetCounter.count(searcher, filtered(parsed.query(), List.of(terms(Fields.KIND, TextRequest.KINDS))),
                        dimensions, facetFilters, selected);
            }
            return new TextHits(total, hits, facets, suggestion(request.q(), parsed, snapshot, total,
                    q -> filtered(q, filters.values())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(snapshot);
        }
    }

    public LibraryHits library(LibraryRequest request) {
        DiscoverySnapshot snapshot = index.acquire(reads.requiredPosition());
        try {
            IndexSearcher searcher = snapshot.searcher;
            TextQuery.Parsed parsed = request.q() == null ? null : TextQuery.parse(request.q(), snapshot.reader, maxTerms, "q");
            Map<String, Query> filters = libraryFilters(snapshot, request);
            Query base = parsed == null ? RESOURCES : filtered(parsed.query(), List.of(RESOURCES));
            Query query = filtered(base, filters.values());
            TopDocs top = top(searcher, query, LIBRARY_ORDERS.get(request.order()), request.offset() + request.limit());
            int[] docs = page(top, request.offset());
            String[] snippets = parsed == null ? null : Snippets.of(searcher, parsed.positive(), docs);
            StoredFields stored = searcher.storedFields();
            List<LibraryHit> hits = new ArrayList<>();
            for (int i = 0; i < docs.length; i++) {
                hits.add(libraryHit(stored.document(docs[i]), snippets == null ? null : snippets[i]));
            }
            long total = top.totalHits.value;
            Map<String, List<FacetCount>> facets = request.facets().isEmpty() ? Map.of()
                    : FacetCounter.count(searcher, base, libraryDimensions(snapshot, request.facets()), filters, Map.of(
                            "audience", request.audiences(), "type", request.types(), "layer", request.layers(),
                            "element", request.elements(), "tag", request.tags()));
            String suggestion = parsed == null ? null : suggestion(request.q(), parsed, snapshot, total,
                    q -> filtered(filtered(q, List.of(RESOURCES)), filters.values()));
            return new LibraryHits(total, hits, facets, suggestion);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(snapshot);
        }
    }

    private static Map<String, Query> libraryFilters(DiscoverySnapshot snapshot, LibraryRequest request) {
        Map<String, Query> filters = new LinkedHashMap<>();
        if (!request.audiences().isEmpty()) {
            filters.put("audience", terms(Fields.AUDIENCE, request.audiences()));
        }
        if (!request.types().isEmpty()) {
            filters.put("type", terms(Fields.TYPE, request.types()));
        }
        if (!request.tags().isEmpty()) {
            filters.put("tag", terms(Fields.TAG, request.tags()));
        }
        if (!request.layers().isEmpty()) {
            filters.put("layer", nodes(snapshot, "layer", NodeType.LAYER, request.layers()));
        }
        if (!request.elements().isEmpty()) {
            filters.put("element", nodes(snapshot, "element", NodeType.ELEMENT, request.elements()));
        }
        return filters;
    }

    /** Resources that support a node of the type and slug, or anything in it; an unknown slug is a 400. */
    private static Query nodes(DiscoverySnapshot snapshot, String parameter, NodeType type, Set<String> slugs) {
        Set<String> ids = new HashSet<>();
        for (String slug : slugs) {
            Set<UUID> subtree = snapshot.subtreeIds(type, slug);
            if (subtree.isEmpty()) {
                throw ProblemException.invalidParameter(parameter, "names no " + parameter + " of any framework: '" + slug + "'");
            }
            subtree.forEach(id -> ids.add(id.toString()));
        }
        return terms(Fields.NODE, ids);
    }

    private static List<FacetCounter.Dimension> libraryDimensions(DiscoverySnapshot snapshot, Set<String> facets) {
        List<FacetCounter.Dimension> dimensions = new ArrayList<>();
        for (String facet : List.of("audience", "type", "layer", "element", "tag")) {
            if (!facets.contains(facet)) {
                continue;
            }
            dimensions.add(switch (facet) {
                case "audience" -> new FacetCounter.Dimension(facet, Fields.AUDIENCE, null, Function.identity());
                case "type" -> new FacetCounter.Dimension(facet, Fields.TYPE, null, Function.identity());
                case "tag" -> new FacetCounter.Dimension(facet, Fields.TAG, null, Function.identity());
                default -> {
                    NodeType type = facet.equals("layer") ? NodeType.LAYER : NodeType.ELEMENT;
                    yield new FacetCounter.Dimension(facet, Fields.NODE, node -> ancestors(snapshot, node, type),
                            slug -> snapshot.title(type, slug));
                }
            });
        }
        return dimensions;
    }

    private static Set<String> ancestors(DiscoverySnapshot snapshot, String node, NodeType type) {
        Set<String> slugs = new HashSet<>();
        UUID id = UUID.fromString(node);
        LatestVersion v = snapshot.holding(id);
        if (v != null) {
            DiscoverySnapshot.ancestors(v.path(id), type, slugs);
        }
        return slugs;
    }

    /** "Did you mean": a corrected query, when one has more hits than {@code total}. */
    private String suggestion(String raw, TextQuery.Parsed parsed, DiscoverySnapshot snapshot, long total,
            Function<Query, Query> filter) {
        String corrected = Spelling.correct(raw, parsed.words(), snapshot.reader);
        if (corrected == null) {
            return null;
        }
        try {
            Query query = TextQuery.parse(corrected, snapshot.reader, maxTerms, "q").query();
            long found = snapshot.searcher.count(filter.apply(query));
            return found > 0 && found >= total ? corrected : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TextHit textHit(DiscoverySnapshot snapshot, Document doc, String snippet, float score) {
        String kind = doc.get(Fields.KIND);
        UUID id = UUID.fromString(doc.get(Fields.ID));
        String framework = doc.get(Fields.FRAMEWORK);
        List<Crumb> path = List.of();
        String version = null;
        if (framework != null) {
            LatestVersion v = snapshot.frameworks.get(framework);
            path = v.path(id);
            version = v.version();
        }
        return new TextHit(kind, id, doc.get(Fields.SLUG), doc.get(Fields.TITLE), snippet, score, framework, version, path);
    }

    private static LibraryHit libraryHit(Document doc, String snippet) {
        return new LibraryHit(UUID.fromString(doc.get(Fields.ID)), doc.get(Fields.SLUG), doc.get(Fields.TITLE),
                doc.get(Fields.SUMMARY), doc.get(Fields.TYPE), List.of(doc.getValues(Fields.AUDIENCE)),
                List.of(doc.getValues(Fields.TAG)), doc.get(Fields.AUTHOR), doc.get(Fields.PUBLISHER), doc.get(Fields.DATE_TEXT),
                minutes(doc.getField(Fields.MINUTES)), snippet);
    }

    private static int minutes(IndexableField field) {
        return field.numericValue().intValue();
    }

    /** The best {@code n} with an exact total. */
    static TopDocs top(IndexSearcher searcher, Query query, Sort sort, int n) {
        try {
            return searcher.search(query, new TopFieldCollectorManager(sort, Math.max(1, n), null, Integer.MAX_VALUE, false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The relevance of a hit sorted by score first (a field sort keeps the score as its first sort value). */
    private static float score(ScoreDoc hit) {
        return hit instanceof FieldDoc field && field.fields[0] instanceof Float score ? score : hit.score;
    }

    private static int[] page(TopDocs top, int offset) {
        int count = Math.max(0, top.scoreDocs.length - offset);
        int[] docs = new int[count];
        for (int i = 0; i < count; i++) {
            ScoreDoc d = top.scoreDocs[offset + i];
            docs[i] = d.doc;
        }
        return docs;
    }

    static Query filtered(Query query, Iterable<Query> filters) {
        if (query instanceof MatchNoDocsQuery) {
            return query;
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(query, Occur.MUST);
        filters.forEach(f -> builder.add(f, Occur.FILTER));
        return builder.build();
    }

    static Query terms(String field, Set<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).collect(Collectors.toList()));
    }

    private static SortField string(String field, boolean reverse) {
        return new SortField(field, SortField.Type.STRING, reverse);
    }
}
