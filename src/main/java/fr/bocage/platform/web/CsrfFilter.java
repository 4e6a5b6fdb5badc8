package fr.bocage.platform.web;

import fr.bocage.platform.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;

/**
 * Refuses forged requests, in one place for the whole application:
 * <ul>
 * <li>a portal request that changes something (any method but GET, HEAD, OPTIONS) must carry the session's token in
 * the form field {@value CsrfToken#FIELD}; otherwise 403 and a French page;</li>
 * <li>an API request of that kind authenticated by the session cookie must carry it in the header
 * {@value CsrfToken#HEADER}; otherwise 403 in JSON. A request with an {@code Authorization} header (HTTP Basic)
 * carries credentials no other site can add, and anonymous API calls have no session to abuse: both pass.</li>
 * </ul>
 * It also hands the token of an existing session to every page, for the logout button of the header.
 */
@WebFilter(urlPatterns = "/*")
public class CsrfFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    /** Read by the 403 page to say why. */
    public static final String REFUSED = "bocage.csrfRefused";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (!SAFE.contains(request.getMethod())) {
            if (api && isSessionCaller(request) && !CsrfToken.matches(session, request.getHeader(CsrfToken.HEADER))) {
                JsonErrors.write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", Messages.get("csrf.api"));
                return;
            }
            if (!api && !CsrfToken.matches(session, request.getParameter(CsrfToken.FIELD))) {
                request.setAttribute(REFUSED, Boolean.TRUE);
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        }
        if (session != null && !api) {
            request.setAttribute(CsrfToken.ATTRIBUTE, CsrfToken.of(session));
        }
        chain.doFilter(request, response);
    }

    private static boolean isSessionCaller(HttpServletRequest request) {
        return request.getUserPrincipal() != null && request.getHeader("Authorization") == null;
    }
}
