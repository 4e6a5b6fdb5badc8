package fr.bocage.alert;

import fr.bocage.platform.PublicUrl;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.error.NotFound;
import fr.bocage.platform.rest.ApiNames;
import fr.bocage.platform.security.Role;
import fr.bocage.platform.web.Confirmation;
import fr.bocage.platform.web.CsrfToken;
import fr.bocage.platform.web.ErrorStatus;
import fr.bocage.platform.web.FormErrors;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Routes;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.form.PortalForms;
import fr.bocage.search.FacetVocabulary;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The account's saved searches: {@code /compte/alertes} lists them (feed address to copy, deletion confirmed first),
 * {@code /compte/alertes/nouvelle?recherche=…} saves the search the search page's button sends, and
 * {@code /compte/alertes/{id}} changes one (name, digest). Another account's search is not found (404).
 */
@WebServlet({Routes.SAVED_SEARCHES, Routes.SAVED_SEARCHES + "/*"})
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER}))
public class SavedSearchesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern ID = Pattern.compile("/(\\d{1,18})");
    private static final String NEW = "/nouvelle";

    @Inject
    SavedSearchService service;

    @Inject
    FacetVocabulary vocabulary;

    @Inject
    Validator validator;

    @Inject
    PublicUrl publicUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String rest = request.getPathInfo();
        String owner = request.getUserPrincipal().getName();
        try {
            if (rest == null || rest.equals("/")) {
                list(owner, request, response);
            } else if (rest.equals(NEW)) {
                SavedQuery query = SavedQuery.parse(request.getParameter("recherche"), vocabulary);
                String name = query.words().isEmpty() ? fr.bocage.platform.Messages.get("alert.default-name")
                        : query.words();
                form(new SavedSearchFormPage(Routes.NEW_SAVED_SEARCH, null, query.toString(),
                        query.on(Routes.SEARCH), cut(name), "none", FormFeedback.NONE), request, response);
            } else {
                SavedSearch search = service.get(owner, id(rest));
                form(new SavedSearchFormPage(Routes.SAVED_SEARCHES + "/" + search.getId(), search.getId(),
                        search.getSearch(), SavedSearchView.of(search).page(), search.getName(),
                        ApiNames.of(search.getFrequency()), FormFeedback.NONE), request, response);
            }
        } catch (DomainException e) {
            response.sendError(ErrorStatus.of(e));
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String rest = request.getPathInfo();
        String owner = request.getUserPrincipal().getName();
        try {
            if (rest == null || rest.equals("/")) {
                delete(owner, request, response);
                return;
            }
            Long id = NEW.equals(rest) ? null : id(rest);
            if (id != null) {
                service.get(owner, id); // someone else's: 404 before anything is read
            }
            save(owner, id, request, response);
        } catch (DomainException e) {
            response.sendError(ErrorStatus.of(e));
        }
    }

    private void list(String owner, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        CsrfToken.expose(request);
        String done = request.getParameter("fait");
        Views.render("alert/saved-searches", new SavedSearchesPage(service.of(owner).stream()
                .map(s -> SavedSearchesPage.Row.of(s, publicUrl.of(AlertFeeds.feedPath(s)))).toList(),
                done != null && done.matches("enregistree|modifiee|supprimee") ? done : null,
                SavedSearchService.MAX_PER_ACCOUNT), request, response);
    }

    private void save(String owner, Long id, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        SavedSearchInput input = new SavedSearchInput(request.getParameter("name"), request.getParameter("search"),
                request.getParameter("frequency"));
        Map<String, String> errors = FormErrors.of(validator, input, SavedSearchInput.FIELDS);
        FormFeedback feedback;
        if (errors.isEmpty()) {
            try {
                if (id == null) {
                    service.create(owner, input);
                } else {
                    service.update(owner, id, input);
                }
                response.sendRedirect(Routes.SAVED_SEARCHES + "?fait=" + (id == null ? "enregistree" : "modifiee"));
                return;
            } catch (RuntimeException refusal) {
                feedback = PortalForms.refusal(refusal, response);
            }
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            feedback = FormFeedback.fields(errors);
        }
        String search = input.search() == null ? "" : input.search();
        form(new SavedSearchFormPage(id == null ? Routes.NEW_SAVED_SEARCH : Routes.SAVED_SEARCHES + "/" + id, id,
                search, search.isEmpty() ? Routes.SEARCH : Routes.SEARCH + "?" + search, input.name(),
                input.frequency() == null ? "none" : input.frequency(), feedback), request, response);
    }

    private void delete(String owner, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!"delete".equals(request.getParameter("action"))) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String id = request.getParameter("id");
        if (id == null || !id.matches("\\d{1,18}")) {
            throw new NotFound(fr.bocage.platform.Messages.get("alert.not-found"));
        }
        SavedSearch search = service.get(owner, Long.parseLong(id));
        if (!Confirmation.given(request)) {
            Confirmation.ask("alerts.confirm.delete", search.getName(), "alerts.delete", Routes.SAVED_SEARCHES,
                    request, response);
            return;
        }
        service.delete(owner, search.getId());
        response.sendRedirect(Routes.SAVED_SEARCHES + "?fait=supprimee");
    }

    private static void form(SavedSearchFormPage page, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        CsrfToken.expose(request);
        Views.render("alert/form", page, request, response);
    }

    private static long id(String rest) {
        var matcher = ID.matcher(rest);
        if (!matcher.matches()) {
            throw new NotFound(fr.bocage.platform.Messages.get("alert.not-found"));
        }
        return Long.parseLong(matcher.group(1));
    }

    private static String cut(String name) {
        return name.length() <= SavedSearch.NAME_LENGTH ? name : name.substring(0, SavedSearch.NAME_LENGTH);
    }
}
