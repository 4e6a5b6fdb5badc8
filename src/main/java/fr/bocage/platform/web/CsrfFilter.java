package fr.bocage.platform.web;

import fr.bocage.platform.Messages;
import fr.bocage.platform.PublicUrl;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses forged requests, in one place for the whole application:
 * <ul>
 * <li>a portal request that changes something (any method but GET, HEAD, OPTIONS) must carry the session's token in
 * the form field {@value CsrfToken#FIELD}; otherwise 403 and a French page;</li>
 * <li>an API request of that kind authenticated by the session cookie must carry it in the header
 * {@value CsrfToken#HEADER}; otherwise 403 in JSON. A request that the {@code Authorization} header itself
 * authenticated (valid HTTP Basic credentials, see {@link #AUTHENTICATED_BY_HEADER}) carries credentials no other site
 * can add, and anonymous API calls have no session to abuse: both pass. Any other header (a bogus
 * {@code Bearer x} next to the session cookie) changes nothing;</li>
 * <li>whatever the credentials, a request of that kind that a browser says comes from another site (an
 * {@code Origin} other than this site's, or {@code Sec-Fetch-Site: cross-site}) is refused: browsers replay cached
 * Basic credentials on a cross-site form post. Clients that are not browsers send neither header.</li>
 * </ul>
 * It also hands the token of an existing session to every page, for the logout button of the header.
 * <p>One exception: the newsletter's one-click unsubscribe (RFC 8058), which mail providers post from their own
 * servers, with neither session nor token: on {@value #ONE_CLICK_PATH} only, a post carrying
 * {@code List-Unsubscribe=One-Click} passes, since the secret of its link is what authorises it (and undoing a
 * subscription is all it can do).
 * <p>And OAI-PMH ({@value Routes#OAI}), whose harvesters may post their requests as a form instead of a long query
 * string: the protocol only reads, so there is nothing to forge.
 */
@WebFilter(urlPatterns = "/*")
public class CsrfFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    /** Read by the 403 page to say why. */
    public static final String REFUSED = "bocage.csrfRefused";
    /**
     * Set on the request by the authentication mechanism when the {@code Authorization} header's credentials were
     * valid and made the caller: only then may an API call go without the session's token.
     */
    public static final String AUTHENTICATED_BY_HEADER = "bocage.authenticatedByHeader";
    /** The newsletter's unsubscribe page, to which mail clients post the one-click unsubscription. */
    public static final String ONE_CLICK_PATH = "/lettre/desabonnement";

    @Inject
    PublicUrl publicUrl;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (!SAFE.contains(request.getMethod()) && !isOneClickUnsubscribe(request) && !isHarvest(request)) {
            if (isCrossSite(request)) {
                refuse(api, "csrf.cross-site", request, response);
                return;
            }
            if (api && isSessionCaller(request) && !CsrfToken.matches(session, request.getHeader(CsrfToken.HEADER))) {
                refuse(true, "csrf.api", request, response);
                return;
            }
            if (!api && !CsrfToken.matches(session, request.getParameter(CsrfToken.FIELD))) {
                refuse(false, "csrf.api", request, response);
                return;
            }
        }
        if (session != null && !api) {
            request.setAttribute(CsrfToken.ATTRIBUTE, CsrfToken.of(session));
        }
        chain.doFilter(request, response);
    }

    private static void refuse(boolean api, String apiMessage, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (api) {
            JsonErrors.write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", Messages.get(apiMessage));
        } else {
            request.setAttribute(REFUSED, Boolean.TRUE);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /** A mail provider's RFC 8058 post: the path and its one parameter, as that RFC writes them. */
    public static boolean isOneClickUnsubscribe(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && ONE_CLICK_PATH.equals(request.getRequestURI().substring(request.getContextPath().length()))
                && "One-Click".equals(request.getParameter("List-Unsubscribe"));
    }

    private static boolean isHarvest(HttpServletRequest request) {
        return Routes.OAI.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    private static boolean isSessionCaller(HttpServletRequest request) {
        return request.getUserPrincipal() != null
                && !Boolean.TRUE.equals(request.getAttribute(AUTHENTICATED_BY_HEADER));
    }

    /**
     * Whether the browser says the request comes from a page of another site. An {@code Origin} is compared with
     * the configured public address and with the address the request was sent to (the same unless a proxy
     * rewrites it); "null" (sandboxed or redirected forms) is another site too.
     */
    boolean isCrossSite(HttpServletRequest request) {
        if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String normalised = origin.strip().toLowerCase(Locale.ROOT);
        return !normalised.equals(originOf(publicUrl.of(""))) && !normalised.equals(requestOrigin(request));
    }

    private static String requestOrigin(HttpServletRequest request) {
        String host = request.getHeader("Host");
        return host == null ? null : (request.getScheme() + "://" + host.strip()).toLowerCase(Locale.ROOT);
    }

    static String originOf(String url) {
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
