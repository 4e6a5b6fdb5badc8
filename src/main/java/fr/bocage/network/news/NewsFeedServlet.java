package fr.bocage.network.news;

import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.web.ErrorStatus;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The Atom feeds of news: /actualites.atom (all) and, forwarded by {@link NewsFeedFilter}, a network's
 * /reseaux/{slug}/actualites.atom (request attribute {@value #NETWORK}).
 */
@WebServlet(NewsPages.FEED)
public class NewsFeedServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String NETWORK = "fr.bocage.network.news.feedNetwork";

    @Inject
    NewsDirectory directory;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object network = request.getAttribute(NETWORK);
        String xml;
        try {
            xml = network == null ? directory.feed() : directory.feedOf(network.toString());
        } catch (DomainException refused) {
            response.sendError(ErrorStatus.of(refused));
            return;
        }
        response.setContentType(NewsFeed.MEDIA_TYPE);
        // Feed readers ask often; a few minutes' delay is what a feed promises anyway.
        response.setHeader("Cache-Control", "public, max-age=300");
        response.getOutputStream().write(xml.getBytes(StandardCharsets.UTF_8));
    }
}
