package fr.bocage.network.action;

import fr.bocage.catalog.MetadataInput;
import fr.bocage.catalog.ReportSections;
import fr.bocage.catalog.ResourceStatus;
import fr.bocage.imports.CsvCells;
import fr.bocage.imports.ImportContext;
import fr.bocage.imports.ImportKind;
import fr.bocage.imports.ImportRow;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.Conflict;
import fr.bocage.platform.error.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Actions from a CSV, one row each, with the API's field names as columns (the sections by their names, steps being
 * {@code actions}). Actors are named by id or by the exact name of a published actor, partners separated by « | ».
 * Indicator values come in columns {@code code:year} (see {@link IndicatorColumn}), or in a column
 * {@code indicators} as the export writes them ({@code code:year=value | …}). A row is checked whole before anything
 * is stored; an action whose title is already taken is a duplicate, so a file runs twice safely.
 */
@ApplicationScoped
public class ActionImport implements ImportKind {
    static final String INDICATORS = "indicators";
    static final List<String> COLUMNS = List.of("title", "summary", "themes", "territory", "commune", "context",
            "objectives", "actions", "results", "difficulties", "lessons", "leadActor", "partners", "startYear",
            "endYear", "progress", "budget", "funders", "scheme", INDICATORS);
    private static final Pattern VALUE = Pattern.compile("\\s*([^:=\\s]+)\\s*:\\s*(\\S+?)\\s*=\\s*(.+?)\\s*");

    @Inject
    ActionService service;

    @Inject
    ActionRepository actions;

    @Inject
    IndicatorRepository indicators;

    @Inject
    Validator validator;

    @Override
    public String name() {
        return "actions";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public String otherColumn(String header) {
        return IndicatorColumn.parse(header, codes()).map(IndicatorColumn::header)
                .orElseGet(() -> ImportKind.super.otherColumn(header));
    }

    /** The columns, then one indicator column per indicator of the catalogue for last year. */
    @Override
    public List<String> templateHeader() {
        List<String> header = new ArrayList<>(COLUMNS);
        codes().forEach(code -> header.add(code + ":" + exampleYear()));
        return header;
    }

    @Override
    public List<List<String>> templateRows() {
        List<String> row = new ArrayList<>(List.of("Plantation de haies à Plélan (exemple)",
                "Deux kilomètres de haies replantées avec les agriculteurs.", "biodiversity|Agriculture", "Bretagne",
                "Plélan-le-Grand", "Un bocage dégradé.", "Replanter et entretenir.", "Diagnostic, chantiers.",
                "2 km de haies.", "La sécheresse de l'été.", "Impliquer les agriculteurs tôt.",
                "Association Haies vives (exemple)", "", String.valueOf(exampleYear() - 1),
                String.valueOf(exampleYear()), "completed", "12000", "Région|OFB", "green-blue-grid", ""));
        codes().forEach(code -> row.add(code.equals("hedges-planted-m") ? "2000" : ""));
        return List.of(row);
    }

    private static int exampleYear() {
        return java.time.Year.now().getValue() - 1;
    }

    @Override
    public void importRow(ImportRow row, ImportContext context) {
        CsvCells cells = new CsvCells(row);
        String title = cells.required("title");
        List<Long> same = actions.idsTitled(title);
        if (!same.isEmpty()) {
            throw new Conflict(Messages.format("import.kind.action.duplicate", title, same.get(0)));
        }
        MetadataInput metadata = new MetadataInput(title, cells.text("summary"), null, cells.list("themes"),
                cells.text("territory"), List.of(), null, null, null, null, List.of(), null, List.of(), null);
        ReportSections sections = new ReportSections(cells.text("context"), cells.text("objectives"),
                cells.text("actions"), cells.text("results"), cells.text("difficulties"), cells.text("lessons"), null,
                null, null, null);
        String lead = cells.text("leadActor");
        List<Long> partners = cells.list("partners").stream().map(p -> actor("partners", p)).toList();
        String progress = cells.text("progress") == null ? cells.required("progress")
                : cells.choice("progress", labels(ActionProgress.values()));
        ActionInput input = new ActionInput(metadata, sections, lead == null ? null : actor("leadActor", lead),
                partners, cells.text("commune"), cells.year("startYear"), cells.year("endYear"), progress,
                cells.decimal("budget"), cells.list("funders"), cells.choice("scheme", labels(ActionScheme.values())),
                List.of(), values(row, cells));
        Set<ConstraintViolation<ActionInput>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw CsvCells.refusal(violations, ActionImport::column);
        }
        ResourceStatus status = context.publish() ? ResourceStatus.PUBLISHED : ResourceStatus.SUBMITTED;
        try {
            service.create(input, context.caller(), status);
        } catch (InvalidInput e) {
            if (e.fields().isEmpty()) {
                throw e;
            }
            throw new InvalidInput(e.fields().entrySet().stream()
                    .map(f -> Messages.format("import.kind.cell", f.getKey(), f.getValue()))
                    .collect(Collectors.joining(" ; ")));
        }
    }

    /** An actor's id as written, or the one published actor of that exact name. */
    private Long actor(String column, String value) {
        if (value.matches("\\d{1,18}")) {
            return Long.valueOf(value);
        }
        List<Long> named = actions.publishedActorsNamed(value);
        if (named.isEmpty()) {
            throw CsvCells.refusal(column, Messages.format("import.kind.actor.unknown", value));
        }
        if (named.size() > 1) {
            throw CsvCells.refusal(column, Messages.format("import.kind.actor.ambiguous", value,
                    named.stream().map(String::valueOf).collect(Collectors.joining(", "))));
        }
        return named.get(0);
    }

    /** The values of the indicator columns, then those of the column {@code indicators}; negatives refused here. */
    private List<IndicatorValueInput> values(ImportRow row, CsvCells cells) {
        List<IndicatorValueInput> values = new ArrayList<>();
        new TreeMap<>(row.cells()).forEach((column, cell) -> {
            if (column.contains(":")) {
                String code = column.substring(0, column.indexOf(':'));
                int year = Integer.parseInt(column.substring(column.indexOf(':') + 1));
                values.add(new IndicatorValueInput(code, year, positive(cells, column, cell)));
            }
        });
        for (String part : cells.list(INDICATORS)) {
            Matcher value = VALUE.matcher(part);
            if (!value.matches()) {
                throw CsvCells.refusal(INDICATORS, Messages.format("import.kind.indicator.cell", part));
            }
            String code = value.group(1).toLowerCase(Locale.ROOT);
            if (indicators.find(code).isEmpty()) {
                throw CsvCells.refusal(INDICATORS, Messages.format("import.kind.indicator.unknown", value.group(1),
                        String.join(", ", codes())));
            }
            values.add(new IndicatorValueInput(code, cells.year(INDICATORS, value.group(2)),
                    positive(cells, INDICATORS, value.group(3))));
        }
        return values;
    }

    private static BigDecimal positive(CsvCells cells, String column, String text) {
        BigDecimal value = cells.decimal(column, text);
        if (value.signum() < 0) {
            throw CsvCells.refusal(column, Messages.format("import.kind.negative", text));
        }
        return value;
    }

    /** The CSV column of a property path: {@code metadata.title} is {@code title}, {@code sections.context} is {@code context}. */
    static String column(String path) {
        String first = path.contains("[") ? path.substring(0, path.indexOf('[')) : path;
        if (first.startsWith("metadata.") || first.startsWith("sections.")) {
            return first.substring(first.indexOf('.') + 1);
        }
        return first.equals("metadata") ? "title" : first.contains(".") ? first.substring(0, first.indexOf('.')) : first;
    }

    private List<String> codes() {
        return indicators.all().stream().map(Indicator::getCode).toList();
    }

    /** Code to French label of an enumeration with {@code code()} and {@code label()}. */
    private static Map<String, String> labels(ActionProgress[] values) {
        Map<String, String> labels = new LinkedHashMap<>();
        Arrays.stream(values).forEach(v -> labels.put(v.code(), v.label()));
        return labels;
    }

    private static Map<String, String> labels(ActionScheme[] values) {
        Map<String, String> labels = new LinkedHashMap<>();
        Arrays.stream(values).forEach(v -> labels.put(v.code(), v.label()));
        return labels;
    }
}
