package fr.bocage.network.contact;

import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.web.ErrorStatus;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * /acteurs/{id}/contact: the contact form of one actor (GET), and where the form of the actor's page posts.
 *
 * <p>Mapped to /acteurs/* while the actors' pages live elsewhere: once they exist, their servlet owns that mapping
 * and hands {@code /acteurs/{id}/contact} to {@link #handle} (a URL pattern cannot name a path's middle).
 */
@WebServlet(ContactPages.ACTORS + "*")
public class ActorContactServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern CONTACT_PATH = Pattern.compile("/(\\d{1,18})/contact");

    @Inject
    ContactPages pages;

    @Inject
    ContactService service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        handle(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        handle(request, response);
    }

    /** Serves /acteurs/{id}/contact (GET shows, POST sends); 404 for any other path or an unknown actor. */
    public void handle(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Optional<Long> actorId = actorId(request.getPathInfo());
        if (actorId.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ContactService.Target target;
        try {
            target = service.actor(actorId.get());
        } catch (DomainException refused) {
            response.sendError(ErrorStatus.of(refused), refused.getMessage());
            return;
        }
        if ("POST".equals(request.getMethod())) {
            pages.post(target, request, response);
        } else {
            pages.show(target, request, response);
        }
    }

    static Optional<Long> actorId(String pathInfo) {
        Matcher matcher = CONTACT_PATH.matcher(pathInfo == null ? "" : pathInfo);
        return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }
}
