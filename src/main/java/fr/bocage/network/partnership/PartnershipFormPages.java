package fr.bocage.network.partnership;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceAccess;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.ResourceView;
import fr.bocage.catalog.Vocabularies;
import fr.bocage.ingest.ContentStore;
import fr.bocage.ingest.IngestSettings;
import fr.bocage.ingest.StagedFile;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.security.Role;
import fr.bocage.platform.web.CsrfToken;
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
import java.util.Map;
import java.util.Optional;

/**
 * The moderators' forms, {@code /partenariats/nouveau} and {@code /partenariats/{id}/modifier}, and the convention's
 * upload on a partnership's page. What was typed stays on the page with the error.
 */
@ApplicationScoped
public class PartnershipFormPages {

    @Inject
    PartnershipService service;

    @Inject
    PartnershipRepository partnerships;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    ResourceRepository resources;

    @Inject
    Vocabularies vocabularies;

    @Inject
    Validator validator;

    @Inject
    ContentStore contents;

    @Inject
    IngestSettings settings;

    /** Whether the reader enters partnerships. */
    static boolean entersPartnerships(HttpServletRequest request) {
        return request.isUserInRole(Role.MODERATOR) || request.isUserInRole(Role.ADMIN);
    }

    /** @param id the partnership to edit; null for a new one */
    void show(Long id, HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!signedInModerator(request, response)) {
            return;
        }
        if (id == null) {
            render(MetadataForm.empty(vocabularies), PartnershipForm.empty(actors(), programmes.all()), null,
                    FormFeedback.NONE, request, response);
            return;
        }
        Optional<PartnershipService.Described> found = existing(id, request, response);
        if (found.isPresent()) {
            render(MetadataForm.of(ResourceView.of(found.get().resource()), vocabularies),
                    PartnershipForm.of(found.get().partnership(), actors(), programmes.all()), found.get().resource(),
                    FormFeedback.NONE, request, response);
        }
    }

    /** @param id the partnership to change; null to create one */
    void save(Long id, HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!signedInModerator(request, response)) {
            return;
        }
        Optional<PartnershipService.Described> existing = Optional.empty();
        if (id != null) {
            existing = existing(id, request, response);
            if (existing.isEmpty()) {
                return;
            }
        }
        try {
            PartnershipInput input = PortalForms.valid(PartnershipForm.read(request,
                    PortalForms.metadata(request, validator)), validator);
            String user = request.getUserPrincipal().getName();
            PartnershipService.Described saved = id == null ? service.create(input, user)
                    : service.update(id, input, user);
            response.sendRedirect(PartnershipPages.PATH + saved.resource().getId());
        } catch (DomainException | ConstraintViolationException e) {
            FormFeedback refusal = PortalForms.refusal(e, response, PartnershipForm.FIELDS);
            render(MetadataForm.typed(request.getParameterMap(), vocabularies),
                    PartnershipForm.typed(request, actors(), programmes.all()),
                    existing.map(PartnershipService.Described::resource).orElse(null), refusal, request, response);
        }
    }

    /** The convention posted from the partnership's page; a refused file is said on the page of refused uploads. */
    void attachConvention(long id, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!signedInModerator(request, response) || existing(id, request, response).isEmpty()) {
            return;
        }
        try (StagedFile upload = PortalForms.stagedFile(request, contents, settings.maxUploadBytes())) {
            service.attachConvention(id, upload, PortalForms.caller(request));
            response.sendRedirect(PartnershipPages.PATH + id + "?convention");
        } catch (DomainException e) {
            Views.render("contribution/refused", new RefusedPage(PartnershipPages.PATH + id,
                    PortalForms.refusal(e, response)), request, response);
        }
    }

    private Map<String, Long> actors() {
        return resources.publishedIdsByTitle(PartnershipService.ACTOR_TYPE);
    }

    /** Without an account, the login page (then back here); with one that does not moderate, a 403. */
    private static boolean signedInModerator(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (request.getUserPrincipal() == null && !request.authenticate(response)) {
            return false;
        }
        if (!entersPartnerships(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return false;
        }
        return true;
    }

    private Optional<PartnershipService.Described> existing(long id, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        Optional<Partnership> partnership = partnerships.find(id);
        Optional<Resource> resource = partnership.flatMap(p -> resources.find(id))
                .filter(r -> ResourceAccess.isVisible(r, PortalForms.caller(request)));
        if (resource.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return Optional.empty();
        }
        return Optional.of(new PartnershipService.Described(resource.get(), partnership.get()));
    }

    private static void render(MetadataForm metadata, PartnershipForm partnership, Resource editing,
            FormFeedback feedback, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        CsrfToken.expose(request);
        Views.render("network/partnership-form", new PartnershipFormPage(metadata, partnership,
                editing == null ? null : editing.getId(), editing == null ? null : editing.getTitle(), feedback),
                request, response);
    }
}
