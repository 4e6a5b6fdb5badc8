package fr.bocage.network.actor;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.ResourceView;
import fr.bocage.catalog.Vocabularies;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.web.CsrfToken;
import fr.bocage.platform.web.ErrorStatus;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.form.MetadataForm;
import fr.bocage.portal.form.PortalForms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Optional;

/**
 * The form to propose an actor, {@code /acteurs/nouveau}, and to change one, {@code /acteurs/{id}/modifier}: for
 * any signed-in account; changing one is for whom the one access decision lets edit it (its author while a draft,
 * its confirmed representatives, the moderators). What was typed stays on the page with the errors.
 */
@ApplicationScoped
public class ActorFormPages {

    @Inject
    ActorService service;

    @Inject
    ActorRepository actors;

    @Inject
    ResourceRepository resources;

    @Inject
    Vocabularies vocabularies;

    @Inject
    Validator validator;

    /** @param id the actor to edit; null for a new one */
    void show(Long id, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!signedIn(request, response)) {
            return;
        }
        if (id == null) {
            render(MetadataForm.empty(vocabularies), ActorForm.empty(), null, FormFeedback.NONE, request, response);
            return;
        }
        Optional<DescribedActor> actor = editable(id, request, response);
        if (actor.isPresent()) {
            render(MetadataForm.of(ResourceView.of(actor.get().resource()), vocabularies),
                    ActorForm.of(actor.get().actor()), actor.get().resource(), FormFeedback.NONE, request, response);
        }
    }

    /** @param id the actor to change; null to create one */
    void save(Long id, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!signedIn(request, response)) {
            return;
        }
        Optional<DescribedActor> existing = Optional.empty();
        if (id != null) {
            existing = editable(id, request, response);
            if (existing.isEmpty()) {
                return;
            }
        }
        try {
            ActorInput input = PortalForms.valid(ActorForm.read(request, PortalForms.metadata(request, validator)),
                    validator);
            DescribedActor saved = id == null ? service.create(input, PortalForms.caller(request))
                    : service.update(id, input, PortalForms.caller(request));
            response.sendRedirect(ActorPages.page(saved.resource().getId()));
        } catch (DomainException | ConstraintViolationException e) {
            FormFeedback refusal = PortalForms.refusal(e, response, ActorForm.FIELDS);
            render(MetadataForm.typed(request.getParameterMap(), vocabularies), ActorForm.typed(request),
                    existing.map(DescribedActor::resource).orElse(null), refusal, request, response);
        }
    }

    /** Without an account, the login page (then back here). */
    static boolean signedIn(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        return request.getUserPrincipal() != null || request.authenticate(response);
    }

    /** The actor, if the caller may change it now: 404 when unknown or not theirs to see, 403 or 409 otherwise. */
    private Optional<DescribedActor> editable(long id, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<Actor> actor = actors.find(id);
        if (actor.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return Optional.empty();
        }
        try {
            Resource resource = resources.editableBy(id, PortalForms.caller(request));
            return Optional.of(new DescribedActor(resource, actor.get()));
        } catch (DomainException refused) {
            response.sendError(ErrorStatus.of(refused));
            return Optional.empty();
        }
    }

    private static void render(MetadataForm metadata, ActorForm actor, Resource editing, FormFeedback feedback,
            HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        CsrfToken.expose(request);
        Views.render("network/actor-form", new ActorFormPage(metadata, actor,
                editing == null ? null : editing.getId(), editing == null ? null : editing.getTitle(), feedback),
                request, response);
    }
}
