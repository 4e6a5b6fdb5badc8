package fr.bocage.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.platform.error.InvalidInput;
import fr.bocage.search.FacetVocabulary;
import fr.bocage.search.SearchRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SavedQueryTest {
    /** Labels are the codes in upper case: « EAU » is typed for « eau ». */
    private static final FacetVocabulary CODES = new FacetVocabulary() {
        @Override
        public String label(String dimension, String code) {
            return code.toUpperCase();
        }

        @Override
        public String code(String dimension, String input) {
            return input.toLowerCase();
        }
    };

    @Test
    void aSearchPageAddressIsKeptWithoutItsPagingAndSortInOneForm() {
        SavedQuery query = SavedQuery.parse("?q=haies+bocag%C3%A8res&theme=EAU&theme=sol&page=3&size=50&sort=date",
                CODES);
        assertEquals("q=haies+bocag%C3%A8res&theme=eau&theme=sol", query.toString());
        assertEquals("/recherche.atom?q=haies+bocag%C3%A8res&theme=eau&theme=sol", query.on("/recherche.atom"));
        assertEquals("haies bocagères", query.words());
        SearchRequest request = query.request(30);
        assertEquals(SearchRequest.Sort.DATE, request.sort(), "a feed lists the newest first");
        assertEquals(30, request.size());
        assertEquals(Map.of("theme", List.of("eau", "sol")), request.filters());
        assertEquals(query.toString(), SavedQuery.parse(query.toString(), CODES).toString(), "read again: the same");
    }

    @Test
    void optionsThatDifferFromTheDefaultAreKept() {
        assertEquals("q=mare&territory=bretagne&exact=true&national=false",
                SavedQuery.parse("national=false&exact=true&q=mare&territory=bretagne", CODES).toString());
    }

    @Test
    void nothingIsEverythingPublished() {
        assertEquals("", SavedQuery.parse("", CODES).toString());
        assertEquals("", SavedQuery.parse(null, CODES).toString());
        assertEquals("/recherche", SavedQuery.parse("page=2", CODES).on("/recherche"));
    }

    @Test
    void whatTheSearchPageRefusesIsRefused() {
        assertThrows(InvalidInput.class, () -> SavedQuery.parse("q=haie&colour=green", CODES));
        assertThrows(InvalidInput.class, () -> SavedQuery.parse("q=%zz", CODES));
        InvalidInput tooLong = assertThrows(InvalidInput.class,
                () -> SavedQuery.parse("q=" + "a".repeat(SavedQuery.MAX_LENGTH), CODES));
        assertTrue(tooLong.getMessage().startsWith("La recherche ne doit pas dépasser"), tooLong.getMessage());
    }
}
