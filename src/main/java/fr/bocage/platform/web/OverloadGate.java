package fr.bocage.platform.web;

import fr.bocage.platform.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Keeps the server responsive when more requests come than it can answer: at most {@code bocage.overload.concurrent}
 * page and API reads are worked on at once (default: four per core), the others wait their turn in order for at
 * most {@code bocage.overload.wait-ms} (default 1,000 ms) and are then refused at once with 503 and
 * {@code Retry-After}, in JSON for the API and a plain French page for the portal (no view rendered: the server is
 * busy). Only reads (GET, HEAD) wait: an upload or a form sent over a slow line would hold a turn for minutes, and so
 * would a large file downloaded slowly, or a static file; the health checks are answered by Liberty outside this
 * application.
 */
@WebFilter(urlPatterns = "/*")
public class OverloadGate extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String RETRY_AFTER_SECONDS = "2";
    private static final Pattern UNGATED = Pattern.compile("/static/.*|/api/resources/\\d+(/versions/\\d+)?/file");

    private transient Admission admission;

    @Override
    public void init() {
        Config config = ConfigProvider.getConfig();
        int concurrent = config.getOptionalValue("bocage.overload.concurrent", Integer.class)
                .orElse(4 * Runtime.getRuntime().availableProcessors());
        long waitMillis = config.getOptionalValue("bocage.overload.wait-ms", Long.class).orElse(1000L);
        admission = new Admission(concurrent, Duration.ofMillis(waitMillis));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (!("GET".equals(method) || "HEAD".equals(method))
                || UNGATED.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches()) {
            chain.doFilter(request, response);
            return;
        }
        boolean admitted;
        try {
            admitted = admission.enter();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            admission.leave();
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        String message = Messages.get("overload.busy");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            JsonErrors.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Service Unavailable", message);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>"
                + Messages.get("overload.title") + "</title></head><body><main><h1>" + Messages.get("overload.title")
                + "</h1><p>" + message + "</p></main></body></html>");
    }
}
