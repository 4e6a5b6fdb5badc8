package fr.bocage.search;

import fr.bocage.platform.rest.ApiNames;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("suggest")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recherche")
public class SuggestResource {
    @Inject
    SearchEngine engine;

    /** @param kind "title" (with the resource's id) or "term" */
    @JsonbPropertyOrder({"text", "kind", "id"})
    public record Completion(String text, String kind, Long id) {
    }

    @GET
    @PermitAll
    @Operation(summary = "Compléter ce qui est saisi dans la recherche",
            description = "Au plus 8 titres de ressources publiées, puis des mots fréquents de ces titres ; le début "
                    + "de n'importe quel mot suffit, sans tenir compte des accents ni de la casse.")
    @APIResponse(responseCode = "200", description = "Complétions, les titres d'abord")
    public List<Completion> suggest(@Parameter(description = "Texte saisi") @QueryParam("q") String q) {
        return engine.complete(q).stream().map(s -> new Completion(s.text(),
                ApiNames.of(s.kind()), s.id())).toList();
    }
}
