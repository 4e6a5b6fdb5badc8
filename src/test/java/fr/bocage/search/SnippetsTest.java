package fr.bocage.search;

import static fr.bocage.search.Resources.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SnippetsTest {

    private static final String FILLER = "Le bocage structure le paysage rural depuis des siècles. ";

    @RegisterExtension
    static final TestIndex DOCS = new TestIndex(
            resource(1).content("Un exemple piégé : <script>alert(1)</script> dans le texte & ailleurs."),
            resource(2).content("Restaurer une zone humide en bord de rivière."),
            resource(3).content("Les principes de l'écologie du paysage."),
            resource(4).summary("Inventaire des mares communales.").content("Rien de particulier ici."),
            resource(5).title("Titre seul sur les libellules").summary("Un <b>résumé</b> sans le mot."),
            resource(6).title("Sans résumé, libellules").content("Le contenu commence ainsi."),
            resource(7).content(FILLER.repeat(2_500) + "Une orchidée rare. " + FILLER.repeat(20_000)),
            resource(8).content(FILLER.repeat(20_000) + "Un lichen rare."));

    @Test
    void escapesHtmlAndMarksTheMatch() throws IOException {
        String snippet = snippet("alert");

        assertTrue(snippet.contains("&lt;script&gt;<mark>alert</mark>(1)&lt;&#x2F;script&gt;"), snippet);
        assertTrue(snippet.contains("&amp; ailleurs"), snippet);
        assertFalse(snippet.contains("<script"), snippet);
    }

    @Test
    void marksMatchesFoundThroughStemming() throws IOException {
        String snippet = snippet("zones humides");

        assertTrue(snippet.contains("<mark>zone</mark> <mark>humide</mark>"), snippet);
    }

    @Test
    void marksMatchesFoundThroughAccentFolding() throws IOException {
        String snippet = snippet("ecologie");

        // The elided article belongs to the token, so it is marked with it.
        assertTrue(snippet.contains("<mark>l&#x27;écologie</mark>"), snippet);
    }

    @Test
    void fallsBackToTheSummaryWhenTheContentDoesNotMatch() throws IOException {
        assertEquals("Inventaire des <mark>mares</mark> communales.", snippet("mares"));
    }

    @Test
    void withoutAnyTextMatchShowsTheEscapedBeginningOfTheSummaryOrContent() throws IOException {
        assertEquals("Un &lt;b&gt;résumé&lt;&#x2F;b&gt; sans le mot.", snippetOf(5, "libellules"));
        assertEquals("Le contenu commence ainsi.", snippetOf(6, "libellules"));
    }

    @Test
    void findsPassagesDeepInLongContentAndKeepsSnippetsShort() throws IOException {
        String snippet = snippet("orchidée");

        assertTrue(snippet.contains("<mark>orchidée</mark>"), snippet);
        assertTrue(snippet.length() < 400, snippet);
        assertTrue(snippetOf(7, "bocage").length() < 400);
    }

    @Test
    void aHitReadsOnlyTheBeginningOfALongContent() throws IOException {
        try (ResourceIndex.Lease lease = DOCS.index().acquire()) {
            var hit = lease.searcher().search(new org.apache.lucene.search.TermQuery(ResourceSchema.idTerm(7)), 1);
            String stored = lease.searcher().storedFields().document(hit.scoreDocs[0].doc).get(ResourceSchema.CONTENT);
            assertEquals(ResourceSchema.MAX_STORED_CONTENT, stored.length());
        }
    }

    @Test
    void aMatchBeyondTheStoredBeginningStillFindsTheDocumentWithItsBeginningAsSnippet() throws IOException {
        String snippet = snippet("lichen");

        assertTrue(snippet.startsWith("Le bocage structure"), snippet);
        assertTrue(snippet.length() < 400, snippet);
    }

    private static String snippet(String query) throws IOException {
        SearchResult result = DOCS.search().search(SearchRequest.of(query));
        assertEquals(1, result.total(), query);
        return result.hits().get(0).snippet();
    }

    private static String snippetOf(long id, String query) throws IOException {
        return DOCS.search().search(SearchRequest.of(query)).hits().stream().filter(h -> h.id() == id).findFirst()
                .orElseThrow().snippet();
    }
}
