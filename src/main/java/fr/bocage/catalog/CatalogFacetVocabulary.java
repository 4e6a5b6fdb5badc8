package fr.bocage.catalog;

import fr.bocage.ingest.Format;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.search.FacetVocabulary;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Facet labels and filter values for search: the vocabularies, the file formats, plain years, and the facets other
 * features keep ({@link ResourceFacets}).
 */
@ApplicationScoped
public class CatalogFacetVocabulary implements FacetVocabulary {
    private static final String FORMAT = "format";
    private static final String YEAR = "year";

    @Inject
    Vocabularies vocabularies;

    @Inject
    Instance<ResourceFacets> features;
    /** Resolved once: looking the beans up again for every label was a good part of a search page's cost. */
    private List<ResourceFacets> kept;

    @PostConstruct
    void resolveFeatures() {
        kept = features.stream().toList();
    }

    @Override
    public String label(String dimension, String code) {
        Optional<String> kept = keptElsewhere(f -> f.label(dimension, code));
        if (kept.isPresent()) {
            return kept.get();
        }
        if (FORMAT.equals(dimension)) {
            return Format.ofCode(code).map(Format::label).orElse(code);
        }
        VocabularyKind kind = VocabularyKind.fromParameter(dimension);
        return kind == null ? code : vocabularies.label(kind, code);
    }

    @Override
    public String code(String dimension, String input) {
        Optional<String> kept = keptElsewhere(f -> f.code(dimension, input));
        if (kept.isPresent()) {
            return kept.get();
        }
        if (FORMAT.equals(dimension)) {
            return Format.ofCode(input.strip()).map(Format::code)
                    .orElseThrow(() -> new InvalidInput(Messages.format("search.format.unknown", input)));
        }
        if (YEAR.equals(dimension)) {
            if (!input.strip().matches("\\d{1,4}")) {
                throw new InvalidInput(Messages.format("search.year.invalid", input));
            }
            return input.strip();
        }
        VocabularyKind kind = VocabularyKind.fromParameter(dimension);
        return kind == null ? input : vocabularies.code(kind, input);
    }

    private Optional<String> keptElsewhere(Function<ResourceFacets, Optional<String>> answer) {
        return kept.stream().map(answer).flatMap(Optional::stream).findFirst();
    }
}
