package fr.bocage.network.actor;

import fr.bocage.catalog.MetadataInput;
import fr.bocage.catalog.ResourceStatus;
import fr.bocage.imports.CsvCells;
import fr.bocage.imports.ImportContext;
import fr.bocage.imports.ImportKind;
import fr.bocage.imports.ImportRow;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.Conflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Actors from a CSV, one row each, with the API's field names as columns; kind and engagement as a code or a French
 * label, themes separated by « | ». An actor whose name is already taken is a duplicate, so a file runs twice safely.
 */
@ApplicationScoped
public class ActorImport implements ImportKind {
    static final List<String> COLUMNS = List.of("name", "kind", "siren", "commune", "territory", "website", "themes",
            "description", "engagement", "engagedSince", "contactEmail", "country");
    /** Bean Validation's property paths that are not a column's name. */
    private static final Map<String, String> PATHS = Map.of("metadata.title", "name", "metadata.summary",
            "description", "metadata.territory", "territory", "metadata", "name");

    @Inject
    ActorService service;

    @Inject
    ActorRepository actors;

    @Inject
    Validator validator;

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<List<String>> templateRows() {
        return List.of(List.of("Association Haies vives (exemple)", "association", "", "Rennes", "Bretagne",
                "https://haies.example.org", "biodiversity|Eau", "Plantation et entretien de haies bocagères.",
                "partners", "2022", "contact@haies.example.org"));
    }

    @Override
    public void importRow(ImportRow row, ImportContext context) {
        CsvCells cells = new CsvCells(row);
        String name = cells.required("name");
        List<Long> same = actors.idsNamed(name);
        if (!same.isEmpty()) {
            throw new Conflict(Messages.format("import.kind.actor.duplicate", name, same.get(0)));
        }
        String kind = cells.text("kind") == null ? cells.required("kind") : cells.choice("kind", labels(
                ActorKind.values(), ActorKind::code, ActorKind::label));
        String engagement = cells.choice("engagement", labels(EngagementScheme.values(), EngagementScheme::code,
                EngagementScheme::label));
        MetadataInput metadata = new MetadataInput(name, cells.text("description"), null, cells.list("themes"),
                cells.text("territory"), List.of(), null, null, null, null, List.of(), null, List.of(), null);
        ActorInput input = new ActorInput(metadata, kind, cells.text("siren"), cells.text("commune"),
                cells.text("website"), engagement, cells.year("engagedSince"), cells.text("contactEmail"), null,
                cells.text("country"));
        Set<ConstraintViolation<ActorInput>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw CsvCells.refusal(violations, path -> PATHS.getOrDefault(path, path));
        }
        service.create(input, context.caller(), context.publish() ? ResourceStatus.PUBLISHED : ResourceStatus.SUBMITTED);
    }

    /** Code to French label, in the enumeration's order. */
    static <E> Map<String, String> labels(E[] values, Function<E, String> code, Function<E, String> label) {
        Map<String, String> labels = new LinkedHashMap<>();
        Arrays.stream(values).forEach(v -> labels.put(code.apply(v), label.apply(v)));
        return labels;
    }
}
