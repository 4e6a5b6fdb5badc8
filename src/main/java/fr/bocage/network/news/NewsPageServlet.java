package fr.bocage.network.news;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.web.CsrfToken;
import fr.bocage.platform.web.ErrorStatus;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.form.PortalForms;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A news item's page at /actualites/{id} (published, or for who follows its moderation; a withdrawn one is gone, 410;
 * anything else not found), its forms (/actualites/nouvelle, /actualites/{id}/modifier) and its posted actions:
 * /actualites/{id}/soumettre (to moderation) and /actualites/{id}/image (its image and alternative text).
 */
@WebServlet(NewsPages.PAGE + "*")
@MultipartConfig(fileSizeThreshold = 1024 * 1024)
public class NewsPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String NEW = "/nouvelle";
    private static final Pattern ACTION = Pattern.compile("/(\\d{1,18})/(modifier|soumettre|image)");

    @Inject
    NewsRepository news;

    @Inject
    ResourceRepository resources;

    @Inject
    NewsFormPages forms;

    @Inject
    NewsPageModel model;

    @Inject
    NewsService service;

    /** A path of this servlet beyond the page: {@code id} null for a new item's form. */
    private record Action(Long id, String name) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<Action> action = action(request);
        if (action.isPresent()) {
            if (!action.get().name().equals("modifier")) {
                response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
                return;
            }
            forms.show(action.get().id(), request, response);
            return;
        }
        Optional<Long> id = PortalForms.id(request).filter(item -> news.find(item).isPresent());
        Optional<Resource> found = PortalForms.shown(id, resources, request, response);
        if (found.isEmpty()) {
            return;
        }
        Resource resource = found.get();
        CsrfToken.expose(request);
        Views.render("network/news", model.of(resource, news.existing(resource.getId()),
                PortalForms.caller(request)), request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<Action> action = action(request);
        if (action.isEmpty()) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        Long id = action.get().id();
        switch (action.get().name()) {
            case "modifier" -> forms.save(id, request, response);
            case "image" -> forms.attachImage(id, request, response);
            default -> submit(id, request, response);
        }
    }

    private void submit(long id, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!forms.mayWrite(request, response)) {
            return;
        }
        try {
            service.submit(id, PortalForms.caller(request));
            response.sendRedirect(NewsPages.page(id) + "?soumis=1");
        } catch (DomainException refused) {
            response.sendError(ErrorStatus.of(refused));
        }
    }

    private static Optional<Action> action(HttpServletRequest request) {
        String path = request.getPathInfo();
        if (NEW.equals(path)) {
            return Optional.of(new Action(null, "modifier"));
        }
        Matcher matched = ACTION.matcher(path == null ? "" : path);
        return matched.matches() ? Optional.of(new Action(Long.parseLong(matched.group(1)), matched.group(2)))
                : Optional.empty();
    }
}
