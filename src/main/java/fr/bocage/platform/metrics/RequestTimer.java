package fr.bocage.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Times every request, by method, route and status ({@code http_server_requests_seconds}). The route is the API's
 * path template when JAX-RS matched one ({@link ApiRoutes}), otherwise the servlet mapping that served the page.
 */
@WebFilter(urlPatterns = "/*")
public class RequestTimer extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** The request attribute where the API's route template is left for this filter. */
    static final String ROUTE = "bocage.metrics.route";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");

    @Inject
    transient MeterRegistry meters;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Timer.Sample sample = Timer.start(meters);
        try {
            chain.doFilter(request, response);
        } finally {
            sample.stop(Metrics.latency("http.server.requests", "Requests answered, by method, route and status")
                    .tag("method", METHODS.contains(request.getMethod()) ? request.getMethod() : "OTHER")
                    .tag("route", route(request))
                    .tag("status", Integer.toString(response.getStatus()))
                    .register(meters));
        }
    }

    private static String route(HttpServletRequest request) {
        if (request.getAttribute(ROUTE) instanceof String route) {
            return route;
        }
        String pattern = request.getHttpServletMapping().getPattern();
        return pattern == null || pattern.isEmpty() ? "/" : pattern;
    }
}
