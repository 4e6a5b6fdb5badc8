package fr.bocage.search;

import static fr.bocage.search.Resources.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimilarResourcesTest {

    private static final String HEDGES = "Replanter des haies bocagères : choisir les essences locales, pailler, "
            + "protéger les plants du gibier et entretenir la haie les premières années.";

    @TempDir
    static Path dir;
    private static ResourceIndex index;
    private static SimilarResources similar;

    @BeforeAll
    static void indexDocuments() throws IOException {
        index = ResourceIndex.open(dir);
        Resources.index(index,
                resource(1).title("Guide de plantation des haies").content(HEDGES).themes("biodiversity")
                        .territory("bretagne"),
                resource(2).title("Haies bocagères en Normandie").content(HEDGES).themes("agriculture")
                        .territory("normandie"),
                resource(3).title("Planter une haie en Bretagne").content(HEDGES).themes("biodiversity")
                        .territory("bretagne").type("technical-note").year(2022),
                resource(4).title("Haies : brouillon").content(HEDGES).themes("biodiversity")
                        .territory("bretagne").published(false),
                resource(5).title("Plan de mobilité").content("Covoiturage, vélo et transports en commun.")
                        .themes("mobility").territory("occitanie"));
        // More resources than fit: the list stops at five.
        for (long id = 10; id < 20; id++) {
            Resources.index(index, resource(id).title("Haie " + id).content(HEDGES).themes("agriculture"));
        }
        similar = new SimilarResources(index);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void alikeTextsWithTheSameThemeAndTerritoryComeFirst() throws IOException {
        List<Long> ids = ids(1);
        assertEquals(SimilarResources.MAX, ids.size());
        assertEquals(3L, ids.get(0), "same text, theme and territory");
        assertTrue(!ids.contains(1L) && !ids.contains(4L) && !ids.contains(5L), ids.toString());
    }

    @Test
    void similarResourcesComeAsHitsWithTheirTypeYearAndTerritory() throws IOException {
        SearchResult.Hit first = similar.of(1).get(0);
        assertEquals(new SearchResult.Hit(3, "Planter une haie en Bretagne", "technical-note", 2022, "bretagne",
                List.of("biodiversity"), null, first.score()), first);
    }

    @Test
    void unrelatedResourcesAndUnknownIdsHaveNone() throws IOException {
        assertEquals(List.of(), ids(5));
        assertEquals(List.of(), ids(999));
    }

    @Test
    void unpublishedResourcesAreNeverProposed() throws IOException {
        for (long id : new long[] {1, 2, 3, 10}) {
            assertTrue(!ids(id).contains(4L), "similar to " + id);
        }
    }

    @Test
    void answersAreKeptUntilTheIndexChanges(@TempDir Path own) throws IOException {
        try (ResourceIndex changing = ResourceIndex.open(own)) {
            Resources.index(changing, resource(1).title("Haies").content(HEDGES),
                    resource(2).title("Haie").content(HEDGES));
            SimilarResources alike = new SimilarResources(changing);
            List<SearchResult.Hit> first = alike.of(1);
            assertEquals(List.of(2L), first.stream().map(SearchResult.Hit::id).toList());
            assertSame(first, alike.of(1), "computed once while the index is unchanged");

            Resources.index(changing, resource(3).title("Planter des haies").content(HEDGES));
            assertEquals(Set.of(2L, 3L), alike.of(1).stream().map(SearchResult.Hit::id).collect(Collectors.toSet()));
            changing.delete(2);
            changing.refresh();
            assertEquals(List.of(3L), alike.of(1).stream().map(SearchResult.Hit::id).toList());
        }
    }

    private static List<Long> ids(long id) throws IOException {
        return similar.of(id).stream().map(SearchResult.Hit::id).toList();
    }
}
