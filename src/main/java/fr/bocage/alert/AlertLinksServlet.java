package fr.bocage.alert;

import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.web.CsrfToken;
import fr.bocage.platform.web.ErrorStatus;
import fr.bocage.platform.web.Routes;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.SearchServlet;
import fr.bocage.search.FacetVocabulary;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What works without an account: the feed of any search ({@code /recherche.atom}, the search page's parameters), a
 * saved search's feed ({@code /alertes/{token}.atom}, for feed readers) and the page that stops a digest
 * ({@code /alertes/arret?jeton=…}): it asks first, since mail scanners follow links, and stops on the posted answer.
 */
@WebServlet({Routes.SEARCH_FEED, Routes.ALERTS + "*"})
public class AlertLinksServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern FEED = Pattern.compile("/([A-Za-z0-9_-]{20,64})\\.atom");
    private static final String STOP = "/arret";

    @Inject
    AlertFeeds feeds;

    @Inject
    SavedSearchService saved;

    @Inject
    FacetVocabulary vocabulary;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            if (Routes.SEARCH_FEED.equals(request.getServletPath())) {
                atom(feeds.ofSearch(SavedQuery.of(SearchServlet.parameters(request), vocabulary)), response);
                return;
            }
            String rest = request.getPathInfo() == null ? "" : request.getPathInfo();
            Matcher feed = FEED.matcher(rest);
            if (feed.matches()) {
                atom(feeds.ofToken(feed.group(1)), response);
            } else if (STOP.equals(rest)) {
                SavedSearch search = saved.byStopToken(request.getParameter("jeton"));
                CsrfToken.expose(request);
                Views.render("alert/stop", new StopAlertPage(search.getName(), request.getParameter("jeton"),
                        search.getFrequency() == DigestFrequency.NONE), request, response);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (DomainException e) {
            response.sendError(ErrorStatus.of(e));
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String rest = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (!STOP.equals(rest) || Routes.SEARCH_FEED.equals(request.getServletPath())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        try {
            SavedSearch search = saved.stop(request.getParameter("jeton"));
            Views.render("alert/stop", new StopAlertPage(search.getName(), null, true), request, response);
        } catch (DomainException e) {
            response.sendError(ErrorStatus.of(e));
        }
    }

    private static void atom(String feed, HttpServletResponse response) throws IOException {
        response.setContentType(AtomFeed.MEDIA_TYPE);
        response.setHeader("Cache-Control", "max-age=300");
        response.getOutputStream().write(feed.getBytes(StandardCharsets.UTF_8));
    }
}
