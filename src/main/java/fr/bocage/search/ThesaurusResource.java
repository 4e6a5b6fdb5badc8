package fr.bocage.search;

import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The administrators' view of the thesaurus that widens searches: what is in use, replaced or read again. */
@Path("admin/thesaurus")
@RequestScoped
@RolesAllowed(Role.ADMIN)
@SecurityRequirement(name = BocageApplication.BASIC_AUTH)
@Tag(name = "Administration")
public class ThesaurusResource {
    static final String TURTLE = "text/turtle";

    @Inject
    ThesaurusStore store;

    @JsonbPropertyOrder({"source", "loadedAt", "concepts", "labels", "list"})
    public record ThesaurusView(String source, Instant loadedAt, int concepts, int labels,
            List<Thesaurus.Concept> list) {
        static ThesaurusView of(ThesaurusStore.Loaded loaded) {
            Thesaurus t = loaded.thesaurus();
            return new ThesaurusView(loaded.source(), loaded.loadedAt(), t.concepts().size(), t.labelCount(),
                    t.concepts());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Le thésaurus en usage : d'où il vient (shipped : celui de Bocage, data : le fichier "
            + "thesaurus.ttl du dossier de données), ses concepts et leurs libellés")
    public ThesaurusView current() {
        return ThesaurusView.of(store.current());
    }

    @GET
    @Path("file")
    @Produces(TURTLE)
    @Operation(summary = "Le fichier du thésaurus (SKOS en Turtle), à modifier puis renvoyer")
    public byte[] document() {
        return store.document();
    }

    @PUT
    @Path("file")
    @Consumes(TURTLE)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remplacer le thésaurus (SKOS en Turtle) : en usage dès la réponse, sans réindexer",
            description = "Concepts skos:Concept, libellés skos:prefLabel et skos:altLabel en français (ou sans "
                    + "langue), concepts plus larges skos:broader. Un fichier illisible est refusé et le thésaurus "
                    + "en usage reste.")
    @APIResponse(responseCode = "200", description = "Le thésaurus désormais en usage")
    @APIResponse(responseCode = "400", description = "Fichier illisible (la ligne est dite) ou sans concept")
    @APIResponse(responseCode = "413", description = "Fichier trop grand")
    public ThesaurusView replace(InputStream body) throws IOException {
        return ThesaurusView.of(store.replace(body.readNBytes(ThesaurusStore.MAX_BYTES + 1)));
    }

    @POST
    @Path("reload")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Relire le thésaurus après avoir modifié le fichier thesaurus.ttl du dossier de données")
    @APIResponse(responseCode = "200", description = "Le thésaurus désormais en usage")
    @APIResponse(responseCode = "400", description = "Fichier illisible (la ligne est dite) : l'ancien reste en usage")
    public ThesaurusView reload() {
        return ThesaurusView.of(store.reload());
    }
}
