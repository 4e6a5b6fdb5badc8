package fr.bocage.network.list;

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
 * Hands {@code /reseaux/{slug}/liste…} to {@link ListServlet}: the other pages below /reseaux belong to the
 * networks' own servlet (the membership pages), and a servlet mapping cannot name a path with the slug in its middle.
 * Everything else goes on untouched. Since a forwarded request skips the request filters that would have come after
 * this one, {@link ListServlet} checks the anti-forgery token of its posts itself.
 */
@WebFilter(urlPatterns = "/reseaux/*")
public class ListPathFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final Pattern LIST_PATH = Pattern.compile("/reseaux/([a-z0-9]+(?:-[a-z0-9]+)*)/liste(/[a-z]+)?/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher list = LIST_PATH.matcher(path);
        if (!list.matches()) {
            chain.doFilter(request, response);
            return;
        }
        String target = ListPaths.INTERNAL + "/" + list.group(1) + (list.group(2) == null ? "" : list.group(2));
        request.getRequestDispatcher(target).forward(request, response);
    }
}
