package fr.bocage.platform.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/** API errors written outside JAX-RS (authentication, CSRF), in the same JSON as every other API error. */
public final class JsonErrors {
    private static final Jsonb JSONB = JsonbBuilder.create();

    private JsonErrors() {
    }

    public static void write(HttpServletResponse response, int status, String reason, String message) {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write(JSONB.toJson(new ApiError(status, reason, message, null, List.of())));
            // Committed now, so that nothing later in the chain turns it into another answer.
            response.flushBuffer();
        } catch (IOException e) {
            // The status is what matters; the body is a courtesy.
        }
    }
}
