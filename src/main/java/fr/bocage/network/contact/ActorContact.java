package fr.bocage.network.contact;

import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.web.ErrorStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * /acteurs/{id}/contact: the contact form of one actor (GET), and where the form of the actor's page posts. The
 * actors' servlet owns /acteurs/* and hands these paths here (a URL pattern cannot name a path's middle).
 */
@ApplicationScoped
public class ActorContact {
    private static final Pattern CONTACT_PATH = Pattern.compile("/(\\d{1,18})/contact");

    @Inject
    ContactPages pages;

    @Inject
    ContactService service;

    /** Whether a path below /acteurs is an actor's contact form. */
    public static boolean handles(String pathInfo) {
        return actorId(pathInfo).isPresent();
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
