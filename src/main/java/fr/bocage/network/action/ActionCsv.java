package fr.bocage.network.action;

import fr.bocage.platform.CsvSheet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The CSV files of actions and of their results, as {@link CsvSheet} writes them for a French spreadsheet. */
final class ActionCsv {
    private static final String[] RESULTS = {"dimension", "clé", "libellé", "indicateur", "indicateur libellé",
            "unité", "agrégation", "valeur", "actions"};
    private static final String[] ACTIONS = {"id", "titre", "résumé", "thèmes", "territoire", "commune",
            "avancement", "dispositif", "début", "fin", "budget", "financeurs", "porteur", "partenaires", "indicateurs"};

    private ActionCsv() {
    }

    /** The results, one line per figure: the totals first (with how many actions reported), then each breakdown. */
    static String results(Results results) {
        List<List<Object>> rows = new ArrayList<>();
        for (Results.Total total : results.indicators()) {
            if (total.total() != null) {
                rows.add(Arrays.asList("total", "", "", total.code(), total.label(), orEmpty(total.unit()),
                        total.aggregation(), total.total().toPlainString(), total.actions()));
            }
        }
        for (Results.Breakdown breakdown : results.breakdowns()) {
            for (Results.Row row : breakdown.rows()) {
                row.figures().forEach((code, value) -> {
                    Results.Total indicator = results.indicators().stream().filter(t -> t.code().equals(code))
                            .findFirst().orElseThrow();
                    rows.add(Arrays.asList(breakdown.dimension(), orEmpty(row.key()), row.label(), code,
                            indicator.label(), orEmpty(indicator.unit()), indicator.aggregation(),
                            value.toPlainString(), ""));
                });
            }
        }
        return CsvSheet.write(RESULTS, rows);
    }

    /** The actions, one line each; its values as code:year=value, separated by « | ». */
    static String actions(List<ActionView> actions) {
        List<List<Object>> rows = new ArrayList<>();
        for (ActionView a : actions) {
            rows.add(Arrays.asList(a.id(), a.title(), orEmpty(a.summary()), String.join(" | ", a.themes()),
                    orEmpty(a.territory()), orEmpty(a.commune()), a.progress(), orEmpty(a.scheme()),
                    a.startYear() == null ? "" : a.startYear(), a.endYear() == null ? "" : a.endYear(),
                    a.budget() == null ? "" : a.budget().toPlainString(), String.join(" | ", a.funders()),
                    a.leadActor() == null ? "" : a.leadActor(),
                    a.partners().stream().map(Object::toString).collect(Collectors.joining(" | ")),
                    a.indicators().stream().map(v -> v.indicator() + ":" + v.year() + "=" + plain(v.value()))
                            .collect(Collectors.joining(" | "))));
        }
        return CsvSheet.write(ACTIONS, rows);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
