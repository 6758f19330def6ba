package org.e2e.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Facet counts, drill-sideways: each dimension is counted over the documents that match the query and every filter
 * but its own, so a sidebar shows what choosing another value would give. Dimensions without a filter of their own
 * share one pass. A dimension reads the values of a sorted-set doc values field, optionally mapped (a resource's
 * supported node ids to the slugs of the layers or elements that hold them); a document counts once per value.
 */
final class FacetCounter {

    /** Most values a dimension answers, the most frequent first (selected values are always among them). */
    static final int MAX_VALUES = 100;

    /** A dimension: its doc values field and how a stored value becomes the values counted (null: itself). */
    record Dimension(String name, String field, Function<String, Set<String>> mapping, Function<String, String> label) {
    }

    private FacetCounter() {
    }

    /**
     * Counts each dimension for {@code base} (the query and the kind) with the filters of the other dimensions;
     * {@code filters} and {@code selected} are by dimension name.
     */
    static Map<String, List<FacetCount>> count(IndexSearcher searcher, Query base, List<Dimension> dimensions,
            Map<String, Query> filters, Map<String, Set<String>> selected) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        List<Dimension> unfiltered = dimensions.stream().filter(d -> !filters.containsKey(d.name())).toList();
        if (!unfiltered.isEmpty()) {
            run(searcher, query(base, filters, null), unfiltered, counts);
        }
        for (Dimension d : dimensions) {
            if (filters.containsKey(d.name())) {
                run(searcher, query(base, filters, d.name()), List.of(d), counts);
            }
        }
        Map<String, List<FacetCount>> result = new LinkedHashMap<>();
        for (Dimension d : dimensions) {
            result.put(d.name(), values(d, counts.getOrDefault(d.name(), Map.of()), selected.getOrDefault(d.name(), Set.of())));
        }
        return result;
    }

    private static List<FacetCount> values(Dimension d, Map<String, Long> counts, Set<String> selected) {
        Map<String, Long> all = new HashMap<>(counts);
        selected.forEach(v -> all.putIfAbsent(v, 0L));
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(all.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        List<FacetCount> values = new ArrayList<>();
        for (Map.Entry<String, Long> e : sorted) {
            if (values.size() < MAX_VALUES || selected.contains(e.getKey())) {
                values.add(new FacetCount(e.getKey(), d.label().apply(e.getKey()), e.getValue(), selected.contains(e.getKey())));
            }
        }
        return values;
    }

    private static Query query(Query base, Map<String, Query> filters, String without) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(base, Occur.MUST);
        filters.forEach((name, filter) -> {
            if (!name.equals(without)) {
                query.add(filter, Occur.FILTER);
            }
        });
        return query.build();
    }

    private static void run(IndexSearcher searcher, Query query, List<Dimension> dimensions, Map<String, Map<String, Long>> counts) {
        List<Counter> counters = dimensions.stream().map(d -> new Counter(d, counts.computeIfAbsent(d.name(), k -> new HashMap<>()))).toList();
        try {
            searcher.search(query, MultiCollector.wrap(new ArrayList<>(counters)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        counters.forEach(Counter::flush);
    }

    /** Counts one dimension, segment by segment, by ordinal; values are resolved once per segment. */
    private static final class Counter extends SimpleCollector {
        private final Dimension dimension;
        private final Map<String, Long> into;
        private SortedSetDocValues values;
        private int[] perOrd;
        /** For a mapped dimension: the values of each ordinal (as indexes into {@link #names}), and per value the last doc counted. */
        private final Map<String, Integer> valueIds = new HashMap<>();
        private final List<String> names = new ArrayList<>();
        private int[][] mapped;
        private int[] perValue = new int[0];
        private int[] lastDoc = new int[0];

        Counter(Dimension dimension, Map<String, Long> into) {
            this.dimension = dimension;
            this.into = into;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flushSegment();
            values = DocValues.getSortedSet(context.reader(), dimension.field());
            int ords = (int) values.getValueCount();
            if (dimension.mapping() == null) {
                perOrd = new int[ords];
                return;
            }
            mapped = new int[ords][];
            for (int ord = 0; ord < ords; ord++) {
                Set<String> targets = dimension.mapping().apply(values.lookupOrd(ord).utf8ToString());
                int[] ids = new int[targets.size()];
                int i = 0;
                for (String t : targets) {
                    ids[i++] = valueIds.computeIfAbsent(t, k -> {
                        names.add(k);
                        return names.size() - 1;
                    });
                }
                mapped[ord] = ids;
            }
            if (perValue.length < names.size()) {
                perValue = Arrays.copyOf(perValue, names.size());
                int old = lastDoc.length;
                lastDoc = Arrays.copyOf(lastDoc, names.size());
                Arrays.fill(lastDoc, old, lastDoc.length, -1);
            }
            Arrays.fill(lastDoc, -1);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (!values.advanceExact(doc)) {
                return;
            }
            for (int i = 0; i < values.docValueCount(); i++) {
                int ord = (int) values.nextOrd();
                if (mapped == null) {
                    perOrd[ord]++;
                } else {
                    for (int id : mapped[ord]) {
                        if (lastDoc[id] != doc) {
                            lastDoc[id] = doc;
                            perValue[id]++;
                        }
                    }
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        private void flushSegment() throws IOException {
            if (perOrd != null) {
                for (int ord = 0; ord < perOrd.length; ord++) {
                    if (perOrd[ord] > 0) {
                        into.merge(values.lookupOrd(ord).utf8ToString(), (long) perOrd[ord], Long::sum);
                    }
                }
                perOrd = null;
            }
            mapped = null;
        }

        void flush() {
            try {
                flushSegment();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (int id = 0; id < names.size() && id < perValue.length; id++) {
                if (perValue[id] > 0) {
                    into.merge(names.get(id), (long) perValue[id], Long::sum);
                }
            }
        }
    }
}
