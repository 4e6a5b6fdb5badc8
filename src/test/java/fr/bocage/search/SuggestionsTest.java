package fr.bocage.search;

import static fr.bocage.search.Resources.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.search.Suggestions.Kind;
import fr.bocage.search.Suggestions.Suggestion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestionsTest {

    @TempDir
    Path dir;
    private ResourceIndex index;
    private Suggestions suggestions;

    @BeforeEach
    void indexDocuments() throws IOException {
        index = ResourceIndex.open(dir);
        Resources.index(index,
                resource(1).title("Inventaire des zones humides"),
                resource(2).title("Zones humides et agriculture"),
                resource(3).title("Écologie des mares"),
                resource(4).title("Zones humides secrètes : projet interne").published(false));
        for (long id = 10; id < 20; id++) {
            Resources.index(index, resource(id).title("Haies bocagères, fiche " + id));
        }
        suggestions = new Suggestions(index);
        suggestions.refresh();
    }

    @AfterEach
    void close() throws IOException {
        suggestions.close();
        index.close();
    }

    @Test
    void titlesComeFirstThenWordsTheyShare() throws IOException {
        List<Suggestion> found = suggestions.complete("zones hum");
        assertEquals(List.of(new Suggestion("Inventaire des zones humides", Kind.TITLE, 1L),
                new Suggestion("Zones humides et agriculture", Kind.TITLE, 2L)), found);
        assertEquals(List.of(new Suggestion("humides", Kind.TERM, null)), suggestions.complete("humid").stream()
                .filter(s -> s.kind() == Kind.TERM).toList());
    }

    @Test
    void accentsAndCaseDoNotMatterAndTheListIsShort() throws IOException {
        assertEquals(List.of(3L), suggestions.complete("ECOLO").stream().map(Suggestion::id).toList());
        assertEquals(Suggestions.MAX, suggestions.complete("haie").size());
    }

    @Test
    void unpublishedTitlesAndTheirWordsAreNeverSuggested() throws IOException {
        assertEquals(List.of(), suggestions.complete("secrèt"));
        assertEquals(List.of(), suggestions.complete("projet inter"));
        assertTrue(suggestions.complete("zones").stream().noneMatch(s -> Long.valueOf(4).equals(s.id())));
    }

    /** Withdrawn between two builds: the title goes at once, as from search, not at the next build. */
    @Test
    void aTitleUnpublishedSinceTheLastBuildIsNoLongerSuggested() throws IOException {
        Resources.index(index, resource(1).title("Inventaire des zones humides").published(false));
        assertEquals(List.of(2L), suggestions.complete("zones hum").stream().map(Suggestion::id).toList());
    }

    @Test
    void aRefreshFollowsTheIndex() throws IOException {
        assertEquals(List.of(), suggestions.complete("tourbi"));
        Resources.index(index, resource(30).title("Tourbières d'altitude"));
        index.delete(3);
        index.refresh();
        suggestions.refresh();
        assertEquals(List.of(30L), suggestions.complete("tourbi").stream().map(Suggestion::id).toList());
        assertEquals(List.of(), suggestions.complete("écolo"));
    }
}
