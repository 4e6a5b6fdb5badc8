package fr.bocage.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Lets browsers keep the portal's public pages: a page read anonymously (GET) that answers 200 gets an entity tag, a
 * hash of its bytes, and {@code Cache-Control: no-cache} (keep it, but ask first); asked again with that tag
 * ({@code If-None-Match}), the page answers 304 without its body. Pages shown to a signed-in person are never kept
 * ({@code private, no-store}): they show that person's data. Static files have Liberty's {@code Last-Modified}; the
 * API, files and feeds set their own headers.
 */
@WebFilter(urlPatterns = "/*")
public class PageValidators extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** Beyond this, a page is sent as it comes, without a tag: no page of the portal is that large. */
    static final int MAX_BUFFERED_BYTES = 1 << 20;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"GET".equals(request.getMethod()) || path.startsWith("/api/") || path.startsWith("/static/")) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getUserPrincipal() != null) {
            response.setHeader("Cache-Control", "private, no-store");
            chain.doFilter(request, response);
            return;
        }
        BufferedResponse buffered = new BufferedResponse(response, MAX_BUFFERED_BYTES);
        chain.doFilter(request, buffered);
        byte[] body = buffered.finish();
        if (body == null || response.isCommitted()) {
            return;
        }
        if (buffered.getStatus() == HttpServletResponse.SC_OK && !response.containsHeader("Cache-Control")
                && !response.containsHeader("ETag")) {
            String tag = tagOf(body);
            response.setHeader("ETag", tag);
            response.setHeader("Cache-Control", "no-cache");
            if (matches(request.getHeader("If-None-Match"), tag)) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** A weak tag: the same bytes for the same page, whatever compression a proxy applies. */
    static String tagOf(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 18)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether the tags a browser sends ({@code If-None-Match}, a list or {@code *}) name this one, weakly compared. */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = tag.substring(2);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || c.equals(tag) || c.equals(opaque)) {
                return true;
            }
        }
        return false;
    }
}
