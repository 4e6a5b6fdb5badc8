package fr.bocage.search;

import static fr.bocage.search.Resources.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceIndexTest {

    @TempDir
    Path dir;

    @Test
    void upsertReplacesAndDeleteRemoves() throws IOException {
        try (ResourceIndex index = ResourceIndex.open(dir)) {
            Resources.index(index, resource(1).title("Ancien titre"), resource(2).revision(5));
            Resources.index(index, resource(1).revision(2).title("Nouveau titre"));

            assertEquals(2, index.count());
            assertEquals(Map.of(1L, 2L, 2L, 5L), index.revisions());
            SearchService search = new SearchService(index);
            assertEquals(List.of(1L), ids(search, "nouveau"));
            assertEquals(List.of(), ids(search, "ancien"));

            index.delete(2);
            index.delete(42);
            index.refresh();
            assertEquals(Map.of(1L, 2L), index.revisions());
            assertEquals(List.of(1L), ids(search, ""));
        }
    }

    @Test
    void writesAreInvisibleUntilRefreshed() throws IOException {
        try (ResourceIndex index = ResourceIndex.open(dir)) {
            index.upsert(resource(1).build());
            assertEquals(0, index.count());
            index.refresh();
            assertEquals(1, index.count());
        }
    }

    @Test
    void reopeningKeepsTheData() throws IOException {
        try (ResourceIndex index = ResourceIndex.open(dir)) {
            assertTrue(index.needsRebuild(), "a new index has never been built");
            Resources.index(index, resource(1).revision(3), resource(2));
        }
        try (ResourceIndex index = ResourceIndex.open(dir)) {
            assertFalse(index.needsRebuild());
            assertEquals(Map.of(1L, 3L, 2L, 1L), index.revisions());
        }
    }

    @Test
    void indexOfAnotherVersionKeepsAnsweringAndAsksForRebuild() throws IOException {
        try (ResourceIndex index = ResourceIndex.open(dir)) {
            Resources.index(index, resource(1), resource(2));
            index.rebuild(List.of(Resources.resource(1).build(), Resources.resource(2).build()), 2, done -> { });
            assertFalse(index.needsRebuild());
        }
        Path generation = dir.resolve(Files.readString(dir.resolve("current")).strip());
        try (Directory directory = FSDirectory.open(generation);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.setLiveCommitData(Map.of(ResourceSchema.VERSION_KEY, "1").entrySet());
            writer.commit();
        }

        try (ResourceIndex index = ResourceIndex.open(dir)) {
            assertTrue(index.needsRebuild(), "written by another version");
            assertEquals(2, index.count(), "it still answers until rebuilt");
            index.rebuild(List.of(Resources.resource(1).build()), 1, done -> { });
            assertFalse(index.needsRebuild());
        }
        try (ResourceIndex index = ResourceIndex.open(dir)) {
            assertFalse(index.needsRebuild(), "the rebuilt generation carries the current version");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"truncated files", "truncated data", "missing segments", "dangling pointer", "garbage pointer"})
    void damagedIndexOpensEmptyAndAsksForRebuild(String damage) throws IOException {
        try (ResourceIndex index = ResourceIndex.open(dir)) {
            Resources.index(index, resource(1), resource(2));
        }
        Path generation = dir.resolve(Files.readString(dir.resolve("current")).strip());
        switch (damage) {
            case "truncated files" -> forEachIndexFile(generation, ResourceIndexTest::truncateToHalf);
            case "truncated data" -> forEachIndexFile(generation, file -> {
                if (file.getFileName().toString().endsWith(".cfs")) {
                    truncateToHalf(file);
                }
            });
            case "missing segments" -> forEachIndexFile(generation, file -> {
                if (file.getFileName().toString().startsWith("segments")) {
                    Files.delete(file);
                }
            });
            case "dangling pointer" -> Files.writeString(dir.resolve("current"), "gen-99\n");
            default -> Files.writeString(dir.resolve("current"), "\u0000\u0001garbage");
        }

        try (ResourceIndex index = ResourceIndex.open(dir)) {
            assertTrue(index.needsRebuild());
            assertEquals(0, index.count());
            Resources.index(index, resource(3));
            assertEquals(List.of(3L), ids(new SearchService(index), ""));
        }
        try (Stream<Path> children = Files.list(dir)) {
            assertEquals(1, children.filter(Files::isDirectory).count(), "the damaged generation is removed");
        }
    }

    @Test
    void rebuildGivesTheSameResultsAsIncrementalIndexing() throws IOException {
        List<IndexedResource> all = corpus(60);
        List<SearchRequest> requests = List.of(SearchRequest.of(""), SearchRequest.of("haie OU mare"),
                new SearchRequest("zone", Map.of("theme", List.of("eau")), SearchRequest.Sort.DATE, 2, 5, true));
        try (ResourceIndex index = ResourceIndex.open(dir)) {
            SearchService search = new SearchService(index);
            for (IndexedResource resource : all) {
                index.upsert(resource);
            }
            index.refresh();
            List<SearchResult> incremental = searchAll(search, requests);
            String before = Files.readString(dir.resolve("current"));

            AtomicLong lastProgress = new AtomicLong();
            index.rebuild(all, all.size(), lastProgress::set);

            assertEquals(withoutScores(incremental), withoutScores(searchAll(search, requests)));
            assertEquals(all.size(), lastProgress.get());
            assertFalse(index.needsRebuild());
            assertFalse(Files.exists(dir.resolve(before.strip())), "the previous generation is deleted");
        }
        try (ResourceIndex reopened = ResourceIndex.open(dir)) {
            assertEquals(all.size(), reopened.count());
        }
    }

    @Test
    void searchesKeepAnsweringDuringARebuild() throws Exception {
        try (ResourceIndex index = ResourceIndex.open(dir)) {
            SearchService search = new SearchService(index);
            corpus(50).forEach(r -> upsertUnchecked(index, r));
            index.refresh();

            AtomicBoolean done = new AtomicBoolean();
            ConcurrentLinkedQueue<Long> totals = new ConcurrentLinkedQueue<>();
            CompletableFuture<Void> searching = CompletableFuture.runAsync(() -> {
                while (!done.get()) {
                    totals.add(searchUnchecked(search, SearchRequest.of("zone")).total());
                }
            });
            try {
                index.rebuild(corpus(400), 400, n -> { });
            } finally {
                done.set(true);
            }
            searching.get(30, TimeUnit.SECONDS);

            long before = publishedWithZone(50);
            long after = publishedWithZone(400);
            assertEquals(after, search.search(SearchRequest.of("zone")).total());
            assertFalse(totals.isEmpty());
            assertTrue(totals.stream().allMatch(t -> t == before || t == after), totals::toString);
            assertEquals(400, index.count());
        }
    }

    @Test
    void writesDuringARebuildSurviveTheSwap() throws Exception {
        try (ResourceIndex index = ResourceIndex.open(dir)) {
            List<IndexedResource> all = corpus(300);
            Iterable<IndexedResource> slowSource = () -> new Iterator<>() {
                private final Iterator<IndexedResource> delegate = all.iterator();
                private int served;

                @Override
                public boolean hasNext() {
                    return delegate.hasNext();
                }

                @Override
                public IndexedResource next() {
                    if (++served == 100) {
                        // Another thread edits resources the rebuild has not reached yet, and one it has passed.
                        CompletableFuture.runAsync(() -> {
                            upsertUnchecked(index, resource(200).revision(99).title("Modifiée").build());
                            upsertUnchecked(index, resource(50).revision(77).build());
                            upsertUnchecked(index, resource(1000).revision(1).build());
                            deleteUnchecked(index, 250);
                        }).join();
                    }
                    return delegate.next();
                }
            };

            index.rebuild(slowSource, all.size(), n -> { });

            Map<Long, Long> revisions = index.revisions();
            assertEquals(99L, revisions.get(200L));
            assertEquals(77L, revisions.get(50L));
            assertEquals(1L, revisions.get(1000L));
            assertFalse(revisions.containsKey(250L));
            assertEquals(300, revisions.size());
        }
    }

    @Test
    void onlyOneRebuildAtATime() throws Exception {
        try (ResourceIndex index = ResourceIndex.open(dir)) {
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Iterable<IndexedResource> blocking = () -> {
                started.countDown();
                awaitUnchecked(release);
                return corpus(3).iterator();
            };
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> rebuildUnchecked(index, blocking));
            started.await();

            assertThrows(IllegalStateException.class, () -> index.rebuild(corpus(3), 3, n -> { }));
            release.countDown();
            first.get(30, TimeUnit.SECONDS);
            assertEquals(3, index.count());
        }
    }

    @Test
    void failedRebuildKeepsTheCurrentIndex() throws IOException {
        try (ResourceIndex index = ResourceIndex.open(dir)) {
            Resources.index(index, resource(1), resource(2));
            Iterable<IndexedResource> failing = () -> Stream.concat(corpus(5).stream(),
                    Stream.<IndexedResource>generate(() -> {
                        throw new IllegalStateException("database gone");
                    })).iterator();

            assertThrows(IllegalStateException.class, () -> index.rebuild(failing, 10, n -> { }));

            assertEquals(Map.of(1L, 1L, 2L, 1L), index.revisions());
            Resources.index(index, resource(3));
            assertEquals(3, index.count());
            try (Stream<Path> children = Files.list(dir)) {
                assertEquals(1, children.filter(Files::isDirectory).count());
            }
        }
    }

    private static List<IndexedResource> corpus(int size) {
        String[] words = {"haie", "mare", "zone humide", "prairie", "forêt"};
        String[] themes = {"eau", "sol", "haie"};
        List<IndexedResource> corpus = new ArrayList<>();
        LongStream.rangeClosed(1, size).forEach(id -> corpus.add(resource(id)
                .title("Fiche " + words[(int) (id % words.length)])
                .content("Gestion de la " + words[(int) (id % 3)] + " et de la " + words[(int) (id % 4)] + ".")
                .themes(themes[(int) (id % themes.length)])
                .year(2000 + (int) (id % 20))
                .published(id % 7 != 0)
                .build()));
        return corpus;
    }

    private static List<SearchResult> searchAll(SearchService search, List<SearchRequest> requests)
            throws IOException {
        List<SearchResult> results = new ArrayList<>();
        for (SearchRequest request : requests) {
            results.add(search.search(request));
        }
        return results;
    }

    /** Scores depend on segment statistics, which differ between an incremental and a rebuilt index. */
    private static List<SearchResult> withoutScores(List<SearchResult> results) {
        return results.stream().map(r -> new SearchResult(r.total(), r.page(), r.size(), r.hits().stream()
                .map(h -> new SearchResult.Hit(h.id(), h.title(), h.type(), h.year(), h.territory(), h.themes(),
                        h.snippet(), 0)).toList(), r.facets())).toList();
    }

    private static long publishedWithZone(int docs) {
        return corpus(docs).stream().filter(r -> r.published() && (r.title() + r.content()).contains("zone")).count();
    }

    private static List<Long> ids(SearchService search, String query) throws IOException {
        return search.search(SearchRequest.of(query)).hits().stream().map(SearchResult.Hit::id).sorted().toList();
    }

    private static void forEachIndexFile(Path generation, IoAction action) throws IOException {
        try (Stream<Path> files = Files.list(generation)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                action.accept(file);
            }
        }
    }

    private static void truncateToHalf(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() / 2);
        }
    }

    private static SearchResult searchUnchecked(SearchService search, SearchRequest request) {
        try {
            return search.search(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void upsertUnchecked(ResourceIndex index, IndexedResource resource) {
        try {
            index.upsert(resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteUnchecked(ResourceIndex index, long id) {
        try {
            index.delete(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rebuildUnchecked(ResourceIndex index, Iterable<IndexedResource> all) {
        try {
            index.rebuild(all, 3, n -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitUnchecked(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface IoAction {
        void accept(Path file) throws IOException;
    }
}
