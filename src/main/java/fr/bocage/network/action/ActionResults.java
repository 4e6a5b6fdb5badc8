package fr.bocage.network.action;

import fr.bocage.catalog.FacetChoices;
import fr.bocage.catalog.Vocabularies;
import fr.bocage.catalog.VocabularyKind;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.rest.ApiNames;
import fr.bocage.search.FacetDimension;
import fr.bocage.search.IndexChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The network's results (the page /actions/bilan, its CSV, and GET /api/actions/indicators). The database adds
 * them up; what it computed is kept, by filter, until the next committed change of any resource (a value, a
 * publication, a withdrawal…) or of the indicator catalogue: Derby takes up to seconds over 10,000 actions, and the
 * figures change far less often than they are read.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ActionResults {
    private static final int KEPT = 200;

    /** The latest computed, least recently read first; guarded by itself, with {@link #generation}. */
    private final Map<ResultsFilter, Results> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ResultsFilter, Results> eldest) {
            return size() > KEPT;
        }
    };
    private long generation;

    @Inject
    ActionResultsRepository repository;

    @Inject
    IndicatorRepository indicators;

    @Inject
    Vocabularies vocabularies;

    /** The filter of a search's parameters, codes or labels alike; a value that is none of them answers 400. */
    public ResultsFilter filter(Map<String, List<String>> parameters) {
        return new ResultsFilter(
                vocabularies.codes(VocabularyKind.TERRITORY, values(parameters, FacetDimension.TERRITORY)),
                vocabularies.codes(VocabularyKind.THEME, values(parameters, FacetDimension.THEME)),
                choices(parameters, FacetDimension.SCHEME), choices(parameters, FacetDimension.PROGRESS),
                values(parameters, FacetDimension.YEAR).stream().map(ActionResults::year).distinct().toList());
    }

    public Results of(ResultsFilter filter) {
        long seen;
        synchronized (kept) {
            Results known = kept.get(filter);
            if (known != null) {
                return known;
            }
            seen = generation;
        }
        Results computed = compute(filter);
        synchronized (kept) {
            // A change committed while computing: these figures may predate it.
            if (generation == seen) {
                kept.put(filter, computed);
            }
        }
        return computed;
    }

    /** Forgets every figure computed so far, once a change has committed. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) IndexChange change) {
        forget();
    }

    void forget() {
        synchronized (kept) {
            generation++;
            kept.clear();
        }
    }

    private Results compute(ResultsFilter filter) {
        List<Indicator> catalogue = indicators.all();
        Map<String, Indicator> byCode = catalogue.stream()
                .collect(Collectors.toMap(Indicator::getCode, Function.identity()));
        Map<String, ResultsRow> totals = repository.rows(filter, Optional.empty()).stream()
                .collect(Collectors.toMap(ResultsRow::indicator, Function.identity()));
        List<Results.Total> rows = catalogue.stream().map(i -> {
            ResultsRow total = totals.get(i.getCode());
            return new Results.Total(i.getCode(), i.getLabel(), i.getUnit(), ApiNames.of(i.getAggregation()),
                    total == null ? null : total.figure(i.getAggregation()), total == null ? 0 : total.actions());
        }).toList();
        List<Results.Breakdown> breakdowns = new ArrayList<>();
        for (ResultsDimension dimension : ResultsDimension.values()) {
            breakdowns.add(breakdown(dimension, repository.rows(filter, Optional.of(dimension)), catalogue, byCode));
        }
        return new Results(rows, breakdowns);
    }

    private Results.Breakdown breakdown(ResultsDimension dimension, List<ResultsRow> rows, List<Indicator> catalogue,
            Map<String, Indicator> byCode) {
        Map<String, Map<String, BigDecimal>> byKey = new LinkedHashMap<>();
        for (ResultsRow row : rows) {
            Indicator indicator = byCode.get(row.indicator());
            if (indicator != null) {
                byKey.computeIfAbsent(row.key(), k -> new LinkedHashMap<>())
                        .put(row.indicator(), row.figure(indicator.getAggregation()));
            }
        }
        List<Results.Row> result = new ArrayList<>();
        byKey.forEach((key, figures) -> {
            Map<String, BigDecimal> ordered = new LinkedHashMap<>();
            catalogue.stream().filter(i -> figures.containsKey(i.getCode()))
                    .forEach(i -> ordered.put(i.getCode(), figures.get(i.getCode())));
            result.add(new Results.Row(key, label(dimension, key), ordered));
        });
        // Years in order, the others by label; what was not told last.
        Comparator<Results.Row> order = dimension == ResultsDimension.YEAR
                ? Comparator.comparing(r -> r.key() == null ? Integer.MAX_VALUE : Integer.parseInt(r.key()))
                : Comparator.comparing((Results.Row r) -> r.key() == null).thenComparing(Results.Row::label);
        result.sort(order);
        return new Results.Breakdown(dimension.parameter(),
                Messages.get("action.results.by." + dimension.parameter()), result);
    }

    private String label(ResultsDimension dimension, String key) {
        if (key == null) {
            return Messages.get("action.results.unknown");
        }
        return switch (dimension) {
            case TERRITORY -> vocabularies.label(VocabularyKind.TERRITORY, key);
            case THEME -> vocabularies.label(VocabularyKind.THEME, key);
            case SCHEME -> ApiNames.parse(ActionScheme.class, key).map(ActionScheme::label).orElse(key);
            case YEAR -> key;
        };
    }

    private static List<String> values(Map<String, List<String>> parameters, FacetDimension dimension) {
        return parameters.getOrDefault(dimension.parameter(), List.of()).stream()
                .filter(v -> v != null && !v.isBlank()).toList();
    }

    private static List<String> choices(Map<String, List<String>> parameters, FacetDimension dimension) {
        FacetChoices choices = ActionFacets.choicesOf(dimension.parameter()).orElseThrow();
        return values(parameters, dimension).stream().map(choices::code)
                .distinct().toList();
    }

    private static Integer year(String value) {
        try {
            int year = Integer.parseInt(value.strip());
            if (year >= ActionInput.FIRST_YEAR && year <= ActionInput.LAST_YEAR) {
                return year;
            }
        } catch (NumberFormatException e) {
            // Answered below, as any year out of range.
        }
        throw new InvalidInput(Messages.format("action.results.year.invalid", value));
    }
}
