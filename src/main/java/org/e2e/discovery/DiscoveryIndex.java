package org.e2e.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.ServiceUnavailableException;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.e2e.config.ServiceConfig;
import org.e2e.framework.PublishedContentChanged;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The life of the search index. At startup (on its own thread, while readiness says why it waits) it reopens the
 * index in {@code e2e.search.index-dir} when its content generation matches PostgreSQL's, brings a stale one up to
 * date, or builds one. On every {@link PublishedContentChanged} it brings the index up to date with what was
 * committed ({@link IndexSync}), commits, and only then swaps the snapshot that searches use: a search sees the old
 * state or the new one, never a half-built one. A search that must see a write (its read-after token is past what
 * the index has read) waits for a sync.
 */
@ApplicationScoped
public class DiscoveryIndex {

    private static final Logger LOG = Logger.getLogger(DiscoveryIndex.class);
    /** The layout of the documents: an index written with another one is rebuilt. */
    static final String SCHEMA = "1";
    private static final long SYNC_WAIT_SECONDS = 30;

    private final AgroalDataSource primary;
    private final TransactionSynchronizationRegistry transactions;
    private final ObjectMapper json;
    private final ServiceConfig.Search config;
    private final ExecutorService indexer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "e2e-search-indexer");
        t.setDaemon(true);
        return t;
    });
    private final CompletableFuture<Void> firstBuild = new CompletableFuture<>();
    private final AtomicReference<CompletableFuture<Void>> queuedSync = new AtomicReference<>();
    private final AtomicLong snapshots = new AtomicLong();
    /** The primary's WAL position read before the last sync read the content: everything committed before it is in. */
    private final AtomicLong syncedUpTo = new AtomicLong();
    private final AtomicLong buildMillis = new AtomicLong(-1);
    private volatile DiscoverySnapshot current;
    private volatile String state = "not started";
    private Path path;
    private boolean temporary;
    private Directory directory;
    private IndexWriter writer;

    public DiscoveryIndex(AgroalDataSource primary, TransactionSynchronizationRegistry transactions, ObjectMapper json,
            ServiceConfig config, MeterRegistry registry) {
        this.primary = primary;
        this.transactions = transactions;
        this.json = json;
        this.config = config.search();
        Gauge.builder("e2e.search.index.documents", this, i -> i.current == null ? 0 : i.current.reader.numDocs())
                .description("Documents in the search index").register(registry);
        Gauge.builder("e2e.search.index.bytes", this, DiscoveryIndex::sizeInBytes)
                .description("Size of the search index's files").register(registry);
        Gauge.builder("e2e.search.index.build.ms", buildMillis, AtomicLong::get)
                .description("How long the index took to open, update or build at startup").register(registry);
    }

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) StartupEvent event) {
        indexer.execute(this::open); // after the content packages are loaded (their observers run first)
    }

    void stop(@Observes ShutdownEvent event) {
        indexer.shutdownNow();
        try {
            indexer.awaitTermination(10, TimeUnit.SECONDS);
            if (writer != null) {
                writer.close();
            }
            if (temporary) {
                IndexFiles.delete(path);
            }
        } catch (IOException | InterruptedException e) {
            LOG.warnf("Could not close the search index cleanly: %s", e.getMessage());
        }
    }

    /**
     * Brings the index up to date after a change of published content. Skipped inside the publishing transaction
     * (nothing is committed yet); otherwise waits for the sync, so that the publisher's own next search sees it.
     */
    void onPublishedContentChanged(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) PublishedContentChanged event) {
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            return; // not committed yet: the call after the commit follows
        }
        await(sync(), "bring the search index up to date"); // during the first build: after it, in case it read too early
    }

    /** Whether the first build is done, and what the index is doing, for readiness. */
    boolean ready() {
        return firstBuild.isDone() && !firstBuild.isCompletedExceptionally();
    }

    String state() {
        return state;
    }

    /** Milliseconds the startup open, update or build took; -1 before it finished. */
    public long buildMillis() {
        return buildMillis.get();
    }

    public long sizeInBytes() {
        return path == null ? 0 : IndexFiles.size(path);
    }

    /**
     * The current snapshot, referenced until {@link #release}: waits for the first build (bounded), and for a sync
     * when {@code mustSee}, a write's WAL position, is past what the index has read.
     */
    DiscoverySnapshot acquire(long mustSee) {
        if (!firstBuild.isDone()) {
            try {
                firstBuild.get(config.readyWait().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                throw new ServiceUnavailableException(30L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServiceUnavailableException(30L);
            }
        }
        if (!ready()) {
            throw new ServiceUnavailableException(30L); // the build failed; its cause is logged, readiness says it
        }
        if (mustSee > syncedUpTo.get()) {
            await(sync(), "read a write into the search index");
        }
        while (true) {
            DiscoverySnapshot snapshot = current;
            if (snapshot.reader.tryIncRef()) {
                return snapshot;
            }
        }
    }

    void release(DiscoverySnapshot snapshot) {
        try {
            snapshot.reader.decRef();
        } catch (IOException e) {
            LOG.debugf("Closing a search snapshot failed: %s", e.getMessage());
        }
    }

    /** What the current snapshot holds, as "kind:id" (a node's type or "resource"), for tests and diagnostics. */
    Set<String> contents() {
        DiscoverySnapshot snapshot = acquire(0);
        try {
            Set<String> contents = new HashSet<>();
            StoredFields stored = snapshot.searcher.storedFields();
            for (ScoreDoc hit : snapshot.searcher.search(Discovery.terms(Fields.KIND, TextRequest.KINDS), Integer.MAX_VALUE).scoreDocs) {
                Document doc = stored.document(hit.doc, Set.of(Fields.KIND, Fields.ID));
                contents.add(doc.get(Fields.KIND) + ":" + doc.get(Fields.ID));
            }
            return contents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(snapshot);
        }
    }

    /** The generation of the current snapshot (for tests and diagnostics). */
    String generation() {
        return current == null ? null : current.generation;
    }

    /**
     * A sync on the indexer thread. A sync queued and not started yet is shared: it will read everything committed
     * before it starts.
     */
    CompletableFuture<Void> sync() {
        while (true) {
            CompletableFuture<Void> queued = queuedSync.get();
            if (queued != null) {
                return queued;
            }
            CompletableFuture<Void> next = new CompletableFuture<>();
            if (queuedSync.compareAndSet(null, next)) {
                indexer.execute(() -> {
                    queuedSync.compareAndSet(next, null);
                    try {
                        if (writer == null) { // before the first build (content loaded at startup): it reads everything
                            next.complete(null);
                            return;
                        }
                        syncNow(false);
                        next.complete(null);
                    } catch (IOException | SQLException | RuntimeException e) {
                        LOG.errorf(e, "Could not bring the search index up to date; it keeps serving its last state");
                        next.completeExceptionally(e);
                    }
                });
                return next;
            }
        }
    }

    private void open() {
        long start = System.nanoTime();
        try {
            temporary = config.indexDir().isEmpty();
            path = temporary ? Files.createTempDirectory("e2e-search-") : config.indexDir().get().resolve("v" + SCHEMA);
            Files.createDirectories(path);
            state = "opening the index in " + path;
            boolean rebuilt = openWriter();
            syncNow(rebuilt);
            buildMillis.set((System.nanoTime() - start) / 1_000_000);
            state = "ready";
            LOG.infof("Search index ready in %d ms: %d documents, %d KB in %s", buildMillis.get(),
                    current.reader.numDocs(), sizeInBytes() / 1024, path);
            firstBuild.complete(null);
        } catch (IOException | SQLException | RuntimeException e) {
            state = "failed: " + e.getMessage();
            LOG.errorf(e, "Could not build the search index");
            firstBuild.completeExceptionally(e);
        }
    }

    /** Opens the writer on the existing index, or on a new empty one when there is none or it cannot be read. */
    private boolean openWriter() throws IOException {
        directory = new MMapDirectory(path);
        IndexWriterConfig.OpenMode mode = IndexWriterConfig.OpenMode.CREATE;
        if (DirectoryReader.indexExists(directory)) {
            try (DirectoryReader existing = DirectoryReader.open(directory)) {
                Map<String, String> data = existing.getIndexCommit().getUserData();
                if (SCHEMA.equals(data.get(IndexSync.SCHEMA_KEY))) {
                    mode = IndexWriterConfig.OpenMode.APPEND;
                }
            } catch (IOException | RuntimeException e) {
                LOG.warnf("The search index in %s cannot be read (%s); rebuilding it", path, e.getMessage());
            }
        }
        IndexWriterConfig writerConfig = new IndexWriterConfig(DiscoveryAnalyzers.PER_FIELD).setOpenMode(mode)
                .setRAMBufferSizeMB(32).setCommitOnClose(false);
        writer = new IndexWriter(directory, writerConfig);
        return mode == IndexWriterConfig.OpenMode.CREATE;
    }

    /** Reads what changed, writes it, commits and swaps the snapshot; on the indexer thread only. */
    private void syncNow(boolean empty) throws IOException, SQLException {
        DiscoverySnapshot before = current;
        if (before == null && !empty) {
            before = committed(); // the index as last written: reopened as it is when its generation matches
        }
        try (Connection connection = primary.getConnection()) {
            IndexSync sync = new IndexSync(new ContentSource(connection), writer, new Documents(json));
            long position = sync.position();
            state = before == null ? "building the index from the published content" : "bringing the index up to date";
            String generation = sync.run(before);
            if (before == null || !generation.equals(before.generation)) {
                if (before != null && before != current) {
                    before.reader.decRef();
                }
                swap(committed());
            } else if (before != current) {
                swap(before);
            }
            syncedUpTo.accumulateAndGet(position, Math::max);
        }
    }

    /** A snapshot of the last commit. */
    private DiscoverySnapshot committed() throws IOException {
        DirectoryReader reader = DirectoryReader.open(directory);
        return snapshot(reader, reader.getIndexCommit().getUserData().get(IndexSync.GENERATION_KEY));
    }

    private DiscoverySnapshot snapshot(DirectoryReader reader, String generation) throws IOException {
        return new DiscoverySnapshot(reader, generation, snapshots.incrementAndGet(), json);
    }

    private void swap(DiscoverySnapshot next) throws IOException {
        DiscoverySnapshot old = current;
        current = next;
        if (old != null && old != next) {
            old.reader.decRef(); // closed when the last search using it releases it
        }
    }

    private static void await(CompletableFuture<Void> sync, String what) {
        try {
            sync.get(SYNC_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf("Could not %s: %s", what, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
