package org.e2e.discovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The limit for bench/run.sh: the service's search run on its own index in-process, without HTTP, JSON or caches.
 * Each query is parsed by the service's parser (words, phrases, exclusions, typos, the last word's prefix), run with
 * exact counts for the top 20 by BM25, each hit's stored fields read and its snippet highlighted.
 *
 *     java -cp APP_CLASSPATH bench/EngineBench.java INDEX_DIR QUERIES_FILE THREADS SECONDS
 *
 * Prints "RESULT req/s p50 p95 p99 requests errors" (milliseconds), as bench/run.sh's wrk report does.
 */
public final class EngineBench {

    public static void main(String[] args) throws Exception {
        Path indexDir = Path.of(args[0]);
        List<String> queries = Files.readAllLines(Path.of(args[1]));
        int threads = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        try (DirectoryReader reader = DirectoryReader.open(new MMapDirectory(indexDir))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
            Sort byRelevance = new Sort(SortField.FIELD_SCORE, new SortField(Fields.KIND_SORT, SortField.Type.STRING),
                    new SortField(Fields.SLUG_SORT, SortField.Type.STRING));
            Query kinds = new TermInSetQuery(Fields.KIND, TextRequest.KINDS.stream().map(BytesRef::new).toList());
            // Warm-up: every query once.
            for (String q : queries) {
                run(q, reader, searcher, byRelevance, kinds);
            }
            AtomicLong next = new AtomicLong();
            long[][] latencies = new long[threads][];
            int[] counts = new int[threads];
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            Thread[] workers = new Thread[threads];
            for (int t = 0; t < threads; t++) {
                int me = t;
                workers[t] = new Thread(() -> {
                    long[] mine = new long[1 << 16];
                    int n = 0;
                    while (System.nanoTime() < end) {
                        String q = queries.get((int) (next.getAndIncrement() % queries.size()));
                        long started = System.nanoTime();
                        run(q, reader, searcher, byRelevance, kinds);
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = System.nanoTime() - started;
                    }
                    latencies[me] = mine;
                    counts[me] = n;
                });
                workers[t].start();
            }
            for (Thread w : workers) {
                w.join();
            }
            int total = Arrays.stream(counts).sum();
            long[] all = new long[total];
            int at = 0;
            for (int t = 0; t < threads; t++) {
                System.arraycopy(latencies[t], 0, all, at, counts[t]);
                at += counts[t];
            }
            Arrays.sort(all);
            System.out.printf("RESULT %.0f %.2f %.2f %.2f %d 0%n", total / (double) seconds,
                    ms(all, 0.50), ms(all, 0.95), ms(all, 0.99), total);
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1e6;
    }

    private static void run(String q, DirectoryReader reader, IndexSearcher searcher, Sort sort, Query kinds) {
        try {
            TextQuery.Parsed parsed = TextQuery.parse(q, reader, 32, "q");
            TopDocs top = Discovery.top(searcher, Discovery.filtered(parsed.query(), List.of(kinds)), sort, 20);
            int[] docs = Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
            Snippets.of(searcher, parsed.positive(), docs);
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc d : top.scoreDocs) {
                stored.document(d.doc);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (RuntimeException refused) {
            // A query the service answers with a 400 costs its parse only, as it does there.
        }
    }
}
