package fr.bocage.network.diagnosis;

import static fr.bocage.network.diagnosis.ApiAnswers.FORBIDDEN;
import static fr.bocage.network.diagnosis.ApiAnswers.RUNNERS;
import static fr.bocage.network.diagnosis.ApiAnswers.UNKNOWN;

import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.rest.Callers;
import fr.bocage.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A project's self-diagnosis questionnaires, built by those who run the project and read by its members (who answer
 * them). The root path names the questionnaires, so that the projects' own resource keeps {@code projects/{slug}}.
 */
@Path("projects/{slug}/questionnaires")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER})
@SecurityRequirement(name = BocageApplication.BASIC_AUTH)
@Tag(name = "Autodiagnostic des projets")
public class QuestionnaireResource {
    @Inject
    DiagnosisService service;

    @Inject
    DiagnosisReads reads;

    @Context
    SecurityContext caller;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Les questionnaires d'autodiagnostic d'un projet, chaque version (la plus récente d'abord)")
    @APIResponse(responseCode = "200", description = "Les versions des questionnaires")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = UNKNOWN)
    public List<DiagnosisViews.QuestionnaireView> questionnaires(@PathParam("slug") String slug) {
        return reads.questionnaires(slug, Callers.of(caller));
    }

    @POST
    @Operation(summary = "Créer un questionnaire (coordinateurs)", description = "title ; sections : [{title, "
            + "questions : [{kind (scale, single-choice, multiple-choice, number, text), text, weight (1 par défaut), "
            + "options : [{label, score}]}]}]. Une échelle a cinq options, les libellés des points 1 à 5 ; un choix "
            + "en a au moins deux, chacune avec son score.")
    @APIResponse(responseCode = "201", description = "Le questionnaire créé, version 1")
    @APIResponse(responseCode = "400", description = "Champ absent ou invalide (détail par champ)")
    @APIResponse(responseCode = "403", description = RUNNERS)
    @APIResponse(responseCode = "404", description = UNKNOWN)
    public Response create(@PathParam("slug") String slug,
            @Valid @NotNull(message = "{bocage.body.required}") QuestionnaireInput input) {
        Questionnaire created = service.create(slug, input, Callers.of(caller));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(DiagnosisViews.QuestionnaireView.of(created)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Une version d'un questionnaire")
    @APIResponse(responseCode = "200", description = "La version")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = UNKNOWN)
    public DiagnosisViews.QuestionnaireView questionnaire(@PathParam("slug") String slug, @PathParam("id") long id) {
        return reads.questionnaire(slug, id, Callers.of(caller));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Modifier un questionnaire (coordinateurs)", description = "Remplace son titre et ses "
            + "questions. Une version qui a déjà des réponses ne change pas : la modification fait la version "
            + "suivante (nouvel id, previous : celle-ci), les réponses gardent la leur.")
    @APIResponse(responseCode = "200", description = "La version modifiée, ou la nouvelle version")
    @APIResponse(responseCode = "400", description = "Champ absent ou invalide (détail par champ)")
    @APIResponse(responseCode = "403", description = RUNNERS)
    @APIResponse(responseCode = "404", description = UNKNOWN)
    @APIResponse(responseCode = "409", description = "Une version plus récente la remplace déjà")
    public DiagnosisViews.QuestionnaireView update(@PathParam("slug") String slug, @PathParam("id") long id,
            @Valid @NotNull(message = "{bocage.body.required}") QuestionnaireInput input) {
        return DiagnosisViews.QuestionnaireView.of(service.update(slug, id, input, Callers.of(caller)));
    }
}
