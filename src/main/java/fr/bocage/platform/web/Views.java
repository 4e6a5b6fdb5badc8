package fr.bocage.platform.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;

/**
 * Renders a page: the JSPs live under WEB-INF, out of reach of a direct request.
 *
 * <p>A view reads one request attribute, {@code page}: a record named after the view, so that a misspelt
 * {@code ${page.x}} is caught by {@code ViewPageModelTest} instead of rendering nothing. The only other attributes a
 * view may read are the layout's, the same on every page and set by filters rather than by the servlet:
 * {@code currentUser} ({@code CurrentUser.ATTRIBUTE}) and {@code csrfToken} ({@link CsrfToken#ATTRIBUTE}).
 */
public final class Views {
    /** The one attribute a servlet hands its view. */
    public static final String PAGE = "page";

    private Views() {
    }

    public static void render(String view, Record page, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute(PAGE, Objects.requireNonNull(page, "page"));
        forward(view, request, response);
    }

    private static void forward(String view, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.getRequestDispatcher("/WEB-INF/views/" + view + ".jsp").forward(request, response);
    }
}
