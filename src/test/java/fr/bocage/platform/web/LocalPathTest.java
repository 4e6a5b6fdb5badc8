package fr.bocage.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/recherche?q=haies&theme=water", "/admin/comptes", "/ressources/12#citer"})
    void pathsOfThisSiteAreKept(String path) {
        assertEquals(path, LocalPath.orElse(path, "/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "https://evil.example/", "//evil.example/", "/\\evil.example", "\\\\evil.example",
            "javascript:alert(1)", "evil.example", "/\tevil", "/a\r\nSet-Cookie: x=1", "/a\\b", "http:/x"})
    void anythingElseFallsBack(String candidate) {
        assertEquals("/", LocalPath.orElse(candidate, "/"));
    }

    /**
     * The container writes a Location header in ISO-8859-1 and keeps only the low byte of other characters: U+012F
     * became '/', so "/\u012Fevil.example" left as "//evil.example" (issue 21 #4).
     */
    @ParameterizedTest
    @ValueSource(strings = {"/\u012Fevil.example/phish", "/\u015Cevil.example", "/\u0100\u012F", "/caf\u00e9",
            "/\uFF0F\uFF0Fevil.example", "/\u2215evil", "/a\u0000b", "/\tevil", "/\n/evil.example",
            "/\r/evil.example", "/ /evil.example", "/\\/evil.example", "\t//evil.example"})
    void nonAsciiControlAndBackslashVariantsFallBack(String candidate) {
        assertEquals("/", LocalPath.orElse(candidate, "/"));
    }

    /** Percent-encoded characters stay encoded in the Location header: the browser reads a path, never a host. */
    @ParameterizedTest
    @ValueSource(strings = {"/%2F%2Fevil.example", "/%5Cevil.example", "/%C4%AFevil.example/phish",
            "/recherche?q=%C3%A9t%C3%A9"})
    void percentEncodedPathsAreKeptAsPaths(String path) {
        assertEquals(path, LocalPath.orElse(path, "/"));
    }

    @Test
    void nothingFallsBackToo() {
        assertEquals("/", LocalPath.orElse(null, "/"));
        assertEquals("/recherche", LocalPath.ofPage(null, "/recherche", "/recherche"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/recherche", "/recherche?q=haies&territory=bretagne&national=false",
            "/recherche?q=%C3%A9t%C3%A9&page=2"})
    void aWayBackToThePageIsKept(String candidate) {
        assertEquals(candidate, LocalPath.ofPage(candidate, "/recherche", "/recherche"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "/recherches", "/recherche/../admin", "/rechercheX?q=a", "/admin?/recherche",
            "https://evil.example/recherche", "//evil.example/recherche", "/recherche?q=\u0000",
            "/recherche?\u012F/evil.example", "/recherche?q=a\r\nSet-Cookie: x=1", "/recherche?q=a b"})
    void anyOtherPageOrSiteFallsBack(String candidate) {
        assertEquals("/recherche", LocalPath.ofPage(candidate.translateEscapes(), "/recherche", "/recherche"));
    }
}
