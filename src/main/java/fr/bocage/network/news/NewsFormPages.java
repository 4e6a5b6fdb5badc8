package fr.bocage.network.news;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.Vocabularies;
import fr.bocage.ingest.ContentStore;
import fr.bocage.ingest.StagedFile;
import fr.bocage.network.membership.Networks;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.web.CsrfToken;
import fr.bocage.platform.web.ErrorStatus;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.form.MetadataForm;
import fr.bocage.portal.form.PortalForms;
import fr.bocage.portal.form.RefusedPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The form to write a news item, {@code /actualites/nouvelle}, and to change one, {@code /actualites/{id}/modifier}
 * (for whom the one access decision lets edit it), with « Prévisualiser », which shows the body as the page will,
 * sanitised, without saving; and the image's upload from the item's page. What was typed stays on the page with the
 * errors.
 */
@ApplicationScoped
public class NewsFormPages {

    @Inject
    NewsService service;

    @Inject
    NewsRepository news;

    @Inject
    NewsSearch search;

    @Inject
    Networks networks;

    @Inject
    ResourceRepository resources;

    @Inject
    Vocabularies vocabularies;

    @Inject
    Validator validator;

    @Inject
    ContentStore contents;

    /** @param id the item to edit; null for a new one */
    void show(Long id, HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!mayWrite(request, response)) {
            return;
        }
        Caller caller = PortalForms.caller(request);
        if (id == null) {
            render(options(List.of(), null), NewsForm.empty(choices(caller), NewsService.today()), null,
                    FormFeedback.NONE, null, request, response);
            return;
        }
        Optional<DescribedNews> item = editable(id, request, response);
        if (item.isPresent()) {
            Resource r = item.get().resource();
            render(options(r.description().themes(), r.description().territory()),
                    NewsForm.of(r, item.get().news(), search.slug(item.get().news()), choices(caller)), r,
                    FormFeedback.NONE, null, request, response);
        }
    }

    /** @param id the item to change; null to create one */
    void save(Long id, HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!mayWrite(request, response)) {
            return;
        }
        Caller caller = PortalForms.caller(request);
        Optional<DescribedNews> existing = Optional.empty();
        if (id != null) {
            existing = editable(id, request, response);
            if (existing.isEmpty()) {
                return;
            }
        }
        Resource editing = existing.map(DescribedNews::resource).orElse(null);
        if (request.getParameter("preview") != null) {
            render(typedOptions(request), NewsForm.typed(request, choices(caller)), editing, FormFeedback.NONE,
                    NewsBody.html(request.getParameter("body")), request, response);
            return;
        }
        try {
            NewsInput input = PortalForms.valid(NewsForm.read(request), validator);
            boolean submit = request.getParameter("submit") != null;
            DescribedNews saved = submit ? service.saveAndSubmit(id, input, caller)
                    : id == null ? service.create(input, caller) : service.update(id, input, caller);
            // Published at once (a moderator's, or a members-only item of its network's animator): nothing waits.
            boolean waits = submit && !saved.resource().isPublished();
            response.sendRedirect(NewsPages.page(saved.resource().getId()) + (waits ? "?soumis=1" : ""));
        } catch (DomainException | ConstraintViolationException e) {
            FormFeedback refusal = PortalForms.refusal(e, response, NewsForm.FIELDS);
            render(typedOptions(request), NewsForm.typed(request, choices(caller)), editing, refusal, null, request,
                    response);
        }
    }

    /** The image posted from the item's page, with its alternative text; a refusal is said on the page of refused uploads. */
    void attachImage(long id, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!mayWrite(request, response) || editable(id, request, response).isEmpty()) {
            return;
        }
        try (StagedFile upload = PortalForms.stagedFile(request, contents, NewsImages.MAX_BYTES)) {
            service.attachImage(id, upload, request.getParameter("alt"), PortalForms.caller(request));
            response.sendRedirect(NewsPages.page(id) + "?image=1");
        } catch (DomainException e) {
            Views.render("contribution/refused", new RefusedPage(NewsPages.page(id),
                    PortalForms.refusal(e, response)), request, response);
        }
    }

    /** Without an account, the login page (then back here); an account that may not write news, a 403. */
    boolean mayWrite(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (request.getUserPrincipal() == null && !request.authenticate(response)) {
            return false;
        }
        if (!service.mayPropose(PortalForms.caller(request))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return false;
        }
        return true;
    }

    /** The item, if the caller may change it now: 404 when unknown or not theirs to see, 403 or 409 otherwise. */
    private Optional<DescribedNews> editable(long id, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<News> item = news.find(id);
        if (item.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return Optional.empty();
        }
        try {
            return Optional.of(new DescribedNews(resources.editableBy(id, PortalForms.caller(request)), item.get()));
        } catch (DomainException refused) {
            response.sendError(ErrorStatus.of(refused));
            return Optional.empty();
        }
    }

    /** The networks a writer may choose: all for the moderators, those they animate for the others. */
    private List<NewsForm.NetworkChoice> choices(Caller caller) {
        return (caller.moderator() ? networks.all() : networks.animatedBy(caller.username())).stream()
                .map(n -> new NewsForm.NetworkChoice(n.getSlug(), n.getName())).toList();
    }

    private MetadataForm options(List<String> themes, String territory) {
        return MetadataForm.chosen(themes, territory, vocabularies);
    }

    private MetadataForm typedOptions(HttpServletRequest request) {
        return MetadataForm.typed(request.getParameterMap(), vocabularies);
    }

    private static void render(MetadataForm options, NewsForm form, Resource editing, FormFeedback feedback,
            String previewHtml, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        CsrfToken.expose(request);
        Views.render("network/news-form", new NewsFormPage(options, form, editing == null ? null : editing.getId(),
                editing == null ? null : editing.getTitle(), feedback, previewHtml), request, response);
    }
}
