package fr.bocage.platform.web;

import fr.bocage.platform.Messages;
import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Where the container sends the errors it makes itself (a path with invalid encoding, a rejected request before the
 * application saw it): under {@code /api/} the JSON error every API answer has, elsewhere the French error page.
 * Without it, such a request to the API answered Liberty's HTML page (issue 12 #7: every API error must be JSON).
 */
@WebServlet(ErrorPages.PATH)
public class ErrorPages extends HttpServlet {
    private static final long serialVersionUID = 1L;

    static final String PATH = "/erreur";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer number ? number : HttpServletResponse.SC_NOT_FOUND;
        if (uri == null) {
            // Asked for directly: there is nothing here.
            uri = request.getRequestURI();
            code = HttpServletResponse.SC_NOT_FOUND;
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, code);
        }
        response.setStatus(code);
        if (uri.toString().startsWith(request.getContextPath() + "/api/")) {
            String message = Messages.get("error.http." + code, Messages.get(code >= 500 ? "error.http.500"
                    : "error.http.400"));
            byte[] body = Json.createObjectBuilder().add("status", code)
                    .add("error", reason(code)).add("message", message)
                    .add("details", Json.createArrayBuilder()).build().toString().getBytes(StandardCharsets.UTF_8);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        String view = switch (code) {
            case 403 -> "403.jsp";
            case 404, 410, 413 -> "status.jsp";
            default -> code >= 500 ? "500.jsp" : "status.jsp";
        };
        if (code != 403 && code < 500 && code != 404 && code != 410 && code != 413) {
            // The other 4xx have no page of their own: the one that says the request was not understood.
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 400);
            response.setStatus(code);
        }
        request.getRequestDispatcher("/WEB-INF/views/error/" + view).forward(request, response);
    }

    /** The reason phrases of the statuses the container makes (JAX-RS's table belongs to the REST layer only). */
    private static String reason(int code) {
        return switch (code) {
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            default -> code >= 500 ? "Internal Server Error" : "Bad Request";
        };
    }
}
