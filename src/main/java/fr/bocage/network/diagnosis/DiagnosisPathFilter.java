package fr.bocage.network.diagnosis;

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
 * Hands {@code /projets/{slug}/autodiagnostic…} to {@link DiagnosisServlet}: the other pages below /projets belong to
 * the projects' own servlet, and a servlet mapping cannot name a path with the slug in its middle. Everything else
 * goes on untouched. Since a forwarded request skips the request filters that would have come after this one,
 * {@link DiagnosisServlet} checks the anti-forgery token of its posts itself.
 */
@WebFilter(urlPatterns = "/projets/*")
public class DiagnosisPathFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile(DiagnosisPaths.PROJECTS + "([a-z0-9]+(?:-[a-z0-9]+)*)"
            + DiagnosisPaths.HOME + "(/.*)?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher matched = PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!matched.matches() || matched.group(1).length() > 80) {
            chain.doFilter(request, response);
            return;
        }
        String rest = matched.group(2) == null ? "" : matched.group(2);
        request.getRequestDispatcher(DiagnosisPaths.INTERNAL + "/" + matched.group(1) + rest).forward(request,
                response);
    }
}
