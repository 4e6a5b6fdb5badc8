package fr.bocage.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UriEncodingFilterTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "/api/resources/12, true",
        "/api/search/%C3%A9t%C3%A9, true",
        "/api/resources/%FF, false",
        "/api/resources/%C3, false",
        "/api/resources/%, false",
        "/api/resources/%G1, false",
        "/api/resources/été, true"})
    void onlyPathsThatDecodeToUtf8Pass(String path, boolean passes) {
        assertEquals(passes, UriEncodingFilter.isUtf8(path));
    }
}
