package fr.bocage.network.list;

import fr.bocage.ingest.ContentStore;
import fr.bocage.ingest.IngestSettings;
import fr.bocage.ingest.StagedFile;
import fr.bocage.network.membership.Network;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.rest.Callers;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A network's mailing list: its archive and writing for those inside, moderation for its animators. */
@Path("networks/{slug}/list")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Réseaux")
@RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER})
@SecurityRequirement(name = BocageApplication.BASIC_AUTH)
public class MailingListResource {
    private static final int MAX_FIELD_BYTES = 100_000;

    @Inject
    MailingListService list;

    @Inject
    ListViews views;

    @Inject
    ContentStore contents;

    @Inject
    IngestSettings settings;

    @Inject
    Validator validator;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    /** @param reason told to nobody but kept with the decision */
    public record Rejection(String reason) {
    }

    public record ListSettings(boolean moderated) {
    }

    @GET
    @Path("messages")
    @Operation(summary = "Archives de la liste (membres)", description = "Les messages envoyés, du plus récent au "
            + "plus ancien, avec leurs pièces jointes (ressources réservées aux membres).")
    @APIResponse(responseCode = "200", description = "Les messages")
    @APIResponse(responseCode = "401", description = "Authentification requise")
    @APIResponse(responseCode = "403", description = "Réservé aux membres et animateurs du réseau")
    @APIResponse(responseCode = "404", description = "Réseau inconnu")
    public List<ListMessageView> archive(@PathParam("slug") String slug) {
        return views.of(list.archive(list.network(slug), caller()));
    }

    @POST
    @Path("messages")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Écrire à la liste (membres)", description = "Parts : subject, message (obligatoires), "
            + "file (jusqu'à 3). Envoyé aussitôt aux membres qui reçoivent la liste (Reply-To : l'auteur), sauf si "
            + "la liste est modérée : il attend alors l'accord d'un animateur (status pending).")
    @APIResponse(responseCode = "201", description = "Le message, envoyé (sent) ou en attente (pending)")
    @APIResponse(responseCode = "400", description = "Sujet ou message absent, trop de fichiers, part inconnue")
    @APIResponse(responseCode = "403", description = "Réservé aux membres et animateurs du réseau")
    @APIResponse(responseCode = "409", description = "Un fichier joint a déjà été déposé")
    @APIResponse(responseCode = "413", description = "Fichier trop volumineux")
    @APIResponse(responseCode = "429", description = "Trop de messages en peu de temps")
    public Response write(@PathParam("slug") String slug, List<EntityPart> parts,
            @HeaderParam("Content-Length") Long contentLength) {
        Network network = list.network(slug);
        Caller caller = caller();
        list.requireInside(network, caller);
        String subject = null;
        String message = null;
        List<StagedFile> files = new ArrayList<>();
        try {
            for (EntityPart part : parts) {
                String name = part.getName();
                if ("file".equals(name)) {
                    if (files.size() == ListInput.MAX_ATTACHMENTS) {
                        throw new InvalidInput(Messages.format("list.attachments.too-many",
                                ListInput.MAX_ATTACHMENTS));
                    }
                    files.add(contents.stage(part.getContent(), part.getFileName().orElse(null),
                            settings.maxUploadBytes()));
                } else if ("subject".equals(name)) {
                    subject = text(part);
                } else if ("message".equals(name)) {
                    message = text(part);
                } else {
                    throw new InvalidInput(Messages.format("upload.field.unknown", name, "subject, message, file"));
                }
            }
            ListInput input = new ListInput(subject, message);
            var violations = validator.validate(input);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
            ListMessage written = list.write(network, caller, input, files);
            return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(written.getId())).build())
                    .entity(views.of(written)).build();
        } finally {
            files.forEach(StagedFile::close);
        }
    }

    @GET
    @Path("messages/pending")
    @Operation(summary = "Messages en attente (animateurs)", description = "Du plus récent au plus ancien.")
    @APIResponse(responseCode = "200", description = "Les messages en attente")
    @APIResponse(responseCode = "403", description = "Réservé aux animateurs du réseau")
    public List<ListMessageView> pending(@PathParam("slug") String slug) {
        return views.of(list.pending(list.network(slug), caller()));
    }

    @POST
    @Path("messages/{id}/approve")
    @Operation(summary = "Envoyer un message en attente (animateurs)")
    @APIResponse(responseCode = "200", description = "Le message, envoyé")
    @APIResponse(responseCode = "403", description = "Réservé aux animateurs du réseau")
    @APIResponse(responseCode = "404", description = "Message inconnu dans ce réseau")
    @APIResponse(responseCode = "409", description = "Déjà envoyé ou refusé")
    public ListMessageView approve(@PathParam("slug") String slug, @PathParam("id") long id) {
        return views.of(list.approve(list.network(slug), id, caller()));
    }

    @POST
    @Path("messages/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refuser un message en attente (animateurs)", description = "Corps facultatif : "
            + "{\"reason\": …}. Rien n'est envoyé ; ses pièces jointes sont supprimées.")
    @APIResponse(responseCode = "200", description = "Le message, refusé")
    @APIResponse(responseCode = "403", description = "Réservé aux animateurs du réseau")
    @APIResponse(responseCode = "404", description = "Message inconnu dans ce réseau")
    @APIResponse(responseCode = "409", description = "Déjà envoyé ou refusé")
    public ListMessageView reject(@PathParam("slug") String slug, @PathParam("id") long id, Rejection rejection) {
        return views.of(list.reject(list.network(slug), id, caller(), rejection == null ? null : rejection.reason()));
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Modérer ou non la liste (animateurs)", description = "{\"moderated\": true} : les messages "
            + "des membres attendent l'accord d'un animateur.")
    @APIResponse(responseCode = "200", description = "Les réglages")
    @APIResponse(responseCode = "403", description = "Réservé aux animateurs du réseau")
    public ListSettings settings(@PathParam("slug") String slug, ListSettings settings) {
        boolean moderated = settings != null && settings.moderated();
        return new ListSettings(list.moderate(slug, moderated, caller()).isListModerated());
    }

    private Caller caller() {
        return Callers.of(security);
    }

    private static String text(EntityPart part) {
        try (InputStream in = part.getContent()) {
            byte[] bytes = in.readNBytes(MAX_FIELD_BYTES + 1);
            if (bytes.length > MAX_FIELD_BYTES) {
                throw new InvalidInput(Messages.format("upload.field.too-long", part.getName()));
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
