package fr.bocage.network.action;

import fr.bocage.catalog.MetadataInput;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.portal.form.FormFields;
import fr.bocage.portal.form.FormOption;
import fr.bocage.portal.form.ReportForm;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The action's own fields of the contributors' form (the description and the sections have theirs): the values,
 * those of the action or those just typed when the form comes back with an error, and a row per indicator value plus
 * a few empty ones. Actors and used resources are typed as resource numbers (the actors' directory gives them).
 */
public final class ActionForm {
    private static final int EMPTY_ROWS = 3;
    /**
     * The action's fields' names in the form: its budget and partner actors are not the report's « budget » and
     * « partners » sections, which the same form holds.
     */
    private static final List<String> TEXT = List.of("progress", "scheme", "commune", "startYear", "endYear",
            "action-budget", "funders", "leadActor", "action-partners", "linkedResources");

    /** One row of the indicators' table; {@code index} numbers its fields' names. */
    public record ValueFields(int index, String indicator, String year, String value) {
        boolean isBlank() {
            return Stream.of(indicator, year, value).allMatch(v -> v == null || v.isBlank());
        }
    }

    private final Map<String, String> text;
    private final List<ValueFields> values;
    private final List<Indicator> catalogue;

    private ActionForm(Map<String, String> text, List<ValueFields> filled, List<Indicator> catalogue) {
        this.text = text;
        this.catalogue = catalogue;
        List<ValueFields> rows = new ArrayList<>(filled);
        while (rows.size() < Math.min(ActionInput.MAX_VALUES, filled.size() + EMPTY_ROWS)) {
            rows.add(new ValueFields(rows.size(), null, null, null));
        }
        this.values = rows;
    }

    static ActionForm empty(List<Indicator> catalogue) {
        return new ActionForm(Map.of(), List.of(), catalogue);
    }

    static ActionForm of(Action a, List<Indicator> catalogue) {
        Map<String, String> text = new HashMap<>();
        text.put("progress", a.getProgress().code());
        text.put("scheme", a.getScheme() == null ? null : a.getScheme().code());
        text.put("commune", a.getCommune());
        text.put("startYear", a.getStartYear() == null ? null : a.getStartYear().toString());
        text.put("endYear", a.getEndYear() == null ? null : a.getEndYear().toString());
        text.put("action-budget", a.getBudget() == null ? null : a.getBudget().toPlainString());
        text.put("funders", String.join("\n", a.getFunders()));
        text.put("leadActor", a.getLeadActor() == null ? null : a.getLeadActor().toString());
        text.put("action-partners", a.getPartners().stream().map(Object::toString).collect(Collectors.joining(" ")));
        text.put("linkedResources", a.getLinks().stream().map(Object::toString).collect(Collectors.joining(" ")));
        List<IndicatorValue> all = a.getValues();
        List<ValueFields> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            IndicatorValue v = all.get(i);
            rows.add(new ValueFields(i, v.getIndicator(), Integer.toString(v.getYear()),
                    v.getAmount().stripTrailingZeros().toPlainString()));
        }
        return new ActionForm(text, rows, catalogue);
    }

    /** The fields as the page lists them; a value's property is its row's field ({@code indicators[0].year} is {@code value-year-0}). */
    static final FormFields FIELDS = FormFields.METADATA.then(Stream.concat(
            Stream.of("context", "objectives", "actions", "results", "difficulties", "lessons", "partners", "budget",
                    "period", "contact"),
            Stream.concat(TEXT.stream(), Stream.of("indicators", "value-"))).toList(), path -> path
                    .replaceFirst("^budget$", "action-budget")
                    .replaceFirst("^partners$", "action-partners")
                    .replaceFirst("^sections\\.", "")
                    .replaceFirst("^indicators\\[(\\d+)]\\.indicator$", "value-indicator-$1")
                    .replaceFirst("^indicators\\[(\\d+)]\\.year$", "value-year-$1")
                    .replaceFirst("^indicators\\[(\\d+)]\\.value$", "value-amount-$1"));

    /** The fields as typed, to show the form again with its error. */
    static ActionForm typed(HttpServletRequest request, List<Indicator> catalogue) {
        Map<String, String> text = new HashMap<>();
        TEXT.forEach(name -> text.put(name, request.getParameter(name)));
        return new ActionForm(text, rows(request).stream().filter(r -> !r.isBlank()).toList(), catalogue);
    }

    /** The action a posted form describes; rows left empty are no value. */
    static ActionInput read(HttpServletRequest request, MetadataInput metadata) {
        List<IndicatorValueInput> values = rows(request).stream().filter(r -> !r.isBlank())
                .map(r -> new IndicatorValueInput(r.indicator(), number(r.year(), "value-year-" + r.index(),
                        Integer::valueOf), number(r.value(), "value-amount-" + r.index(), ActionForm::decimal)))
                .toList();
        return new ActionInput(metadata, ReportForm.read(request),
                number(request.getParameter("leadActor"), "leadActor", Long::valueOf),
                ids(request.getParameter("action-partners"), "action-partners"), request.getParameter("commune"),
                number(request.getParameter("startYear"), "startYear", Integer::valueOf),
                number(request.getParameter("endYear"), "endYear", Integer::valueOf),
                request.getParameter("progress"), number(request.getParameter("action-budget"), "action-budget", ActionForm::decimal),
                lines(request.getParameter("funders")), request.getParameter("scheme"),
                ids(request.getParameter("linkedResources"), "linkedResources"), values);
    }

    private static List<ValueFields> rows(HttpServletRequest request) {
        List<ValueFields> rows = new ArrayList<>();
        // Beyond the limit, rows are read so that validation refuses them rather than dropping them unseen.
        for (int i = 0; request.getParameter("value-indicator-" + i) != null && i <= ActionInput.MAX_VALUES; i++) {
            rows.add(new ValueFields(i, request.getParameter("value-indicator-" + i),
                    request.getParameter("value-year-" + i), request.getParameter("value-amount-" + i)));
        }
        return rows;
    }

    /** « 15 000 », « 89,90 », « 89.90 € ». */
    private static BigDecimal decimal(String typed) {
        return new BigDecimal(typed.replaceAll("[\\s\u00a0\u202f€]", "").replace(',', '.'));
    }

    /** Blank is none; what is no number is refused beside its field. */
    private static <T> T number(String typed, String field, Function<String, T> parse) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return parse.apply(typed.strip());
        } catch (NumberFormatException e) {
            String message = Messages.format("action.form.number", typed);
            throw new InvalidInput(InvalidInput.Reason.INVALID, message, Map.of(field, message));
        }
    }

    /** Resource numbers separated by spaces or commas. */
    private static List<Long> ids(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.split("[\\s,;]+")).filter(s -> !s.isBlank())
                .map(s -> number(s, field, Long::valueOf)).toList();
    }

    private static List<String> lines(String typed) {
        return typed == null ? List.of() : typed.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Map<String, String> getText() {
        return text;
    }

    public List<ValueFields> getValues() {
        return values;
    }

    public List<FormOption> getProgress() {
        return Arrays.stream(ActionProgress.values())
                .map(p -> new FormOption(p.code(), p.label(), p.code().equals(text.get("progress")))).toList();
    }

    public List<FormOption> getSchemes() {
        return Arrays.stream(ActionScheme.values())
                .map(s -> new FormOption(s.code(), s.label(), s.code().equals(text.get("scheme")))).toList();
    }

    /** The catalogue as options, each with its unit, for the rows' selects. */
    public List<FormOption> getIndicators() {
        return catalogue.stream().map(i -> new FormOption(i.getCode(),
                i.getUnit() == null ? i.getLabel() : i.getLabel() + " (" + i.getUnit() + ")", false)).toList();
    }
}
