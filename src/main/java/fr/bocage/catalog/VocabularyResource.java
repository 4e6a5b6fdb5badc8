package fr.bocage.catalog;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.NotFound;
import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("vocabularies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vocabulaires", description = "Listes contrôlées : types, thèmes, territoires, publics, licences, langues")
public class VocabularyResource {

    public record Term(String code, String label) {
    }

    public record NewTerm(
            @NotBlank(message = "{bocage.code.required}") @Size(max = 80, message = "{bocage.code.size}")
            @Pattern(regexp = "[a-z0-9][a-z0-9.-]*", message = "{bocage.code.pattern}") String code,
            @NotBlank(message = "{bocage.label.required}") @Size(max = 200, message = "{bocage.label.size}") String label) {
    }

    @Inject
    Vocabularies vocabularies;

    @GET
    @PermitAll
    @Operation(summary = "Toutes les listes contrôlées, avec code et libellé français")
    public Map<String, List<Term>> all() {
        Map<String, List<Term>> all = new LinkedHashMap<>();
        for (VocabularyKind kind : VocabularyKind.values()) {
            all.put(kind.parameter(), vocabularies.terms(kind).stream()
                    .map(t -> new Term(t.getCode(), t.getLabel())).toList());
        }
        return all;
    }

    @POST
    @Path("{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Ajouter un terme à une liste (administrateurs)")
    public Response add(@PathParam("kind") String kind,
            @Valid @NotNull(message = "{bocage.body.required}") NewTerm term) {
        VocabularyKind vocabulary = VocabularyKind.fromParameter(kind);
        if (vocabulary == null) {
            throw new NotFound(Messages.format("vocabulary.kind.unknown", kind));
        }
        VocabularyTerm added = vocabularies.add(vocabulary, term.code(), term.label().strip());
        return Response.status(Response.Status.CREATED).entity(new Term(added.getCode(), added.getLabel())).build();
    }
}
