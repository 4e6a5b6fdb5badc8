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

    @Test
    void nothingFallsBackToo() {
        assertEquals("/", LocalPath.orElse(null, "/"));
    }
}
