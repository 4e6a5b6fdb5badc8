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
 * A project's self-diagnosis campaigns, opened by those who run the project; each partner organisation's answer,
 * read by its members and those who run the project, written by its members; its report, and the comparison across
 * organisations for those who run the project.
 */
@Path("projects/{slug}/campaigns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER})
@SecurityRequirement(name = BocageApplication.BASIC_AUTH)
@Tag(name = "Autodiagnostic des projets")
public class CampaignResource {
    @Inject
    DiagnosisService service;

    @Inject
    DiagnosisReads reads;

    @Inject
    DiagnosisReports reports;

    @Context
    SecurityContext caller;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Les campagnes d'autodiagnostic d'un projet, par date d'ouverture")
    @APIResponse(responseCode = "200", description = "Les campagnes")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = UNKNOWN)
    public List<DiagnosisViews.CampaignView> campaigns(@PathParam("slug") String slug) {
        return reads.campaigns(slug, Callers.of(caller));
    }

    @POST
    @Operation(summary = "Ouvrir une campagne (coordinateurs)", description = "questionnaire (id d'une version), "
            + "title, opensOn et closesOn (AAAA-MM-JJ, inclus).")
    @APIResponse(responseCode = "201", description = "La campagne")
    @APIResponse(responseCode = "400", description = "Champ absent ou invalide (détail par champ)")
    @APIResponse(responseCode = "403", description = RUNNERS)
    @APIResponse(responseCode = "404", description = UNKNOWN)
    public Response open(@PathParam("slug") String slug,
            @Valid @NotNull(message = "{bocage.body.required}") CampaignInput input) {
        Campaign created = service.open(slug, input, Callers.of(caller));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(DiagnosisViews.CampaignView.of(slug, created)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Une campagne")
    @APIResponse(responseCode = "200", description = "La campagne")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = UNKNOWN)
    public DiagnosisViews.CampaignView campaign(@PathParam("slug") String slug, @PathParam("id") long id) {
        return reads.campaign(slug, id, Callers.of(caller));
    }

    @GET
    @Path("{id}/answers")
    @Operation(summary = "Les réponses d'une campagne", description = "Toutes pour les coordinateurs et les "
            + "administrateurs ; celle de son organisation pour un membre.")
    @APIResponse(responseCode = "200", description = "Les réponses que l'appelant peut lire")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = UNKNOWN)
    public List<DiagnosisViews.AnswerView> answers(@PathParam("slug") String slug, @PathParam("id") long id) {
        return reads.answers(slug, id, Callers.of(caller));
    }

    @GET
    @Path("{id}/answers/{organisation}")
    @Operation(summary = "La réponse d'une organisation partenaire")
    @APIResponse(responseCode = "200", description = "La réponse, avec sa version (pour l'enregistrer à nouveau)")
    @APIResponse(responseCode = "403", description = "Réservé aux membres de cette organisation et aux coordinateurs")
    @APIResponse(responseCode = "404", description = UNKNOWN + ", ou pas encore de réponse")
    public DiagnosisViews.AnswerView answer(@PathParam("slug") String slug, @PathParam("id") long id,
            @PathParam("organisation") long organisation) {
        return reads.answer(slug, id, organisation, Callers.of(caller));
    }

    @PUT
    @Path("{id}/answers/{organisation}")
    @Operation(summary = "Enregistrer la réponse de son organisation (ses membres)", description = "responses : "
            + "{clé de la question : [valeurs]} (point 1 à 5 d'une échelle, numéro d'un choix à partir de 0, "
            + "plusieurs pour un choix multiple, nombre, texte) ; version : celle de la réponse lue (absente au "
            + "premier enregistrement) ; submit : true pour l'envoyer, définitivement.")
    @APIResponse(responseCode = "200", description = "La réponse enregistrée, avec sa nouvelle version")
    @APIResponse(responseCode = "400", description = "Réponse invalide (détail par question)")
    @APIResponse(responseCode = "403", description = "Réservé aux membres de cette organisation")
    @APIResponse(responseCode = "404", description = UNKNOWN)
    @APIResponse(responseCode = "409", description = "Un autre membre l'a enregistrée entre-temps (version "
            + "dépassée), elle est déjà envoyée, ou la campagne est fermée")
    public DiagnosisViews.AnswerView save(@PathParam("slug") String slug, @PathParam("id") long id,
            @PathParam("organisation") long organisation,
            @Valid @NotNull(message = "{bocage.body.required}") AnswerInput input) {
        return DiagnosisViews.AnswerView.of(service.save(slug, id, organisation, input, Callers.of(caller)));
    }

    @GET
    @Path("{id}/answers/{organisation}/report")
    @Operation(summary = "Le rapport d'une organisation", description = "Ses scores par section (en %) et ses "
            + "réponses en clair, textes compris.")
    @APIResponse(responseCode = "200", description = "Le rapport")
    @APIResponse(responseCode = "403", description = "Réservé aux membres de cette organisation et aux coordinateurs")
    @APIResponse(responseCode = "404", description = UNKNOWN)
    public Report report(@PathParam("slug") String slug, @PathParam("id") long id,
            @PathParam("organisation") long organisation) {
        return reports.report(slug, id, organisation, Callers.of(caller));
    }

    @GET
    @Path("{id}/comparison")
    @Operation(summary = "La comparaison des organisations (coordinateurs)", description = "Les réponses envoyées : "
            + "scores par section et par organisation, et la progression depuis la campagne précédente. En CSV : "
            + "la page /projets/{slug}/autodiagnostic/campagnes/{id}/comparaison.csv.")
    @APIResponse(responseCode = "200", description = "La comparaison")
    @APIResponse(responseCode = "403", description = RUNNERS)
    @APIResponse(responseCode = "404", description = UNKNOWN)
    public Comparison comparison(@PathParam("slug") String slug, @PathParam("id") long id) {
        return reports.comparison(slug, id, Callers.of(caller));
    }
}
