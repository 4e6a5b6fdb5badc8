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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The network's results (the page /actions/bilan, its CSV, and GET /api/actions/indicators), added up in Java over
 * {@link ResultsTable}, the published actions' values held in memory: about a millisecond whatever the filter, where
 * the database's GROUP BYs took up to seconds. The table is read from the database at the first request (outside any
 * transaction), then follows each committed change: the actions a change touched are read again at the next
 * request, and the catalogue after any change of an indicator.
 */
@ApplicationScoped
public class ActionResults {
    /** Past this many changed actions, reading them all again is as fast as reading each (and one query). */
    private static final int REREAD_ALL = 500;

    /** Null until first read; replaced whole, never changed (copy-on-write), so readers need no lock. */
    private volatile ResultsTable table;
    private volatile List<Indicator> catalogue;
    /** Counts the catalogue's committed changes: a catalogue read while one committed is not kept. */
    private final AtomicLong catalogueChanges = new AtomicLong();
    /** Actions changed by a committed transaction since the table was made. */
    private final Set<Long> changed = ConcurrentHashMap.newKeySet();
    private final Object refresh = new Object();

    @Inject
    ActionResultsRepository repository;

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
        return compute(current(), indicators(), filter);
    }

    /** The table as of the last committed change, read again where changes were seen. */
    ResultsTable current() {
        ResultsTable known = table;
        if (known != null && changed.isEmpty()) {
            return known;
        }
        synchronized (refresh) {
            known = table;
            // Taken before reading: a change committed while reading is read again next time.
            Set<Long> ids = new HashSet<>(changed);
            changed.removeAll(ids);
            try {
                if (known == null || ids.size() > REREAD_ALL) {
                    known = ResultsTable.of(repository.all());
                } else if (!ids.isEmpty()) {
                    Map<Long, Optional<ActionFacts>> updates = new HashMap<>();
                    ids.forEach(id -> updates.put(id, Optional.empty()));
                    repository.of(ids).forEach(f -> updates.put(f.id(), Optional.of(f)));
                    known = known.with(updates);
                }
            } catch (RuntimeException e) {
                // The database did not answer: these actions are read again by the next request.
                changed.addAll(ids);
                throw e;
            }
            table = known;
            return known;
        }
    }

    private List<Indicator> indicators() {
        List<Indicator> known = catalogue;
        if (known == null) {
            long seen = catalogueChanges.get();
            known = repository.catalogue();
            synchronized (catalogueChanges) {
                if (catalogueChanges.get() == seen) {
                    catalogue = known;
                }
            }
        }
        return known;
    }

    /** An action's resource (or any resource: a deleted one may have been an action) changed and has committed. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) IndexChange change) {
        if (change.resource() == null || ActionRepository.TYPE.equals(change.resource().type())) {
            changed.add(change.id());
        }
    }

    void indicatorsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) IndicatorsChanged change) {
        synchronized (catalogueChanges) {
            catalogueChanges.incrementAndGet();
            catalogue = null;
        }
    }

    /** The figures with the keys as labels (no vocabulary needed): for tests. */
    static Results withCodes(ResultsTable table, List<Indicator> catalogue, ResultsFilter filter) {
        return compute(table.aggregate(filter), catalogue, (dimension, key) -> key);
    }

    private Results compute(ResultsTable table, List<Indicator> catalogue, ResultsFilter filter) {
        return compute(table.aggregate(filter), catalogue, this::label);
    }

    private static Results compute(Map<ResultsDimension, List<ResultsRow>> all, List<Indicator> catalogue,
            java.util.function.BiFunction<ResultsDimension, String, String> labels) {
        Map<String, Indicator> byCode = catalogue.stream()
                .collect(Collectors.toMap(Indicator::getCode, Function.identity()));
        Map<String, ResultsRow> totals = all.get(null).stream()
                .collect(Collectors.toMap(ResultsRow::indicator, Function.identity()));
        List<Results.Total> rows = catalogue.stream().map(i -> {
            ResultsRow total = totals.get(i.getCode());
            return new Results.Total(i.getCode(), i.getLabel(), i.getUnit(), ApiNames.of(i.getAggregation()),
                    total == null ? null : total.figure(i.getAggregation()), total == null ? 0 : total.actions());
        }).toList();
        List<Results.Breakdown> breakdowns = new ArrayList<>();
        for (ResultsDimension dimension : ResultsDimension.values()) {
            breakdowns.add(breakdown(dimension, all.get(dimension), catalogue, byCode, labels));
        }
        return new Results(rows, breakdowns);
    }

    private static Results.Breakdown breakdown(ResultsDimension dimension, List<ResultsRow> rows,
            List<Indicator> catalogue, Map<String, Indicator> byCode,
            java.util.function.BiFunction<ResultsDimension, String, String> labels) {
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
            result.add(new Results.Row(key, key == null
                    ? Messages.get("action.results.unknown") : labels.apply(dimension, key), ordered));
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
