package fr.bocage.network.news;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A network's news feed, /reseaux/{slug}/actualites.atom, lives under the networks' pages, which another area serves:
 * a servlet mapping cannot name a path with a slug in its middle, so this filter hands that one path to
 * {@link NewsFeedServlet} and lets every other through untouched.
 */
@WebFilter(NewsPages.NETWORKS + "*")
public class NewsFeedFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Pattern FEED = Pattern.compile(NewsPages.NETWORKS + "([a-z0-9-]{1,80})"
            + Pattern.quote(NewsPages.NETWORK_FEED));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher feed = FEED.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!feed.matches() || !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(NewsFeedServlet.NETWORK, feed.group(1));
        request.getRequestDispatcher(NewsPages.FEED).forward(request, response);
    }
}
