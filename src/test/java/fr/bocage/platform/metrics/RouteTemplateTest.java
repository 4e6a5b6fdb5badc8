package fr.bocage.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RouteTemplateTest {

    @Test
    void joinsTheApiClassAndMethodPaths() {
        assertEquals("/api/resources/{id}/file", RouteTemplate.of("/api", "resources", "{id}/file"));
        assertEquals("/api/search", RouteTemplate.of("/api", "/search/", null));
        assertEquals("/api/admin/status", RouteTemplate.of("/api", "admin/status", ""));
    }

    /** Regular expressions, even with braces of their own, never reach the metric's label. */
    @Test
    void keepsParameterNamesWithoutTheirExpressions() {
        assertEquals("/api/actors/claims/{cid}/confirm",
                RouteTemplate.of("/api", "actors", "claims/{cid: \\d{1,18}}/confirm"));
        assertEquals("/api/moderation/{id}/{decision}",
                RouteTemplate.of("/api", "moderation", "{id}/{decision: request-changes|reject}"));
        assertEquals("/api/actions/{id}", RouteTemplate.of("/api", "actions", "{ id : [0-9]+}"));
    }

    @Test
    void nothingIsTheRoot() {
        assertEquals("/", RouteTemplate.of());
        assertEquals("/", RouteTemplate.of("", null));
    }
}
