package fr.bocage.network.project;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.portal.form.FormFields;
import fr.bocage.portal.form.FormOption;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The project form's fields as text: the project's, or those just typed when the form comes back with an error.
 * Funders are one a line (« Ministère ; 50 »), partners and outputs ids separated by commas; the work plan's actions
 * are rows, empty rows left out, two more offered.
 */
public final class ProjectForm {
    static final List<String> NAMES = List.of("slug", "title", "acronym", "summary", "purpose", "startDate",
            "endDate", "funders", "partners", "technicalPartners", "coordinators", "published");
    static final List<String> ROW = List.of("actionNumber", "actionTitle", "actionKind", "actionStart", "actionEnd",
            "actionStatus", "actionDescription", "actionResources", "actionEvents", "actionWebinars");
    private static final Map<String, String> ROW_PROPERTIES = Map.of("number", "actionNumber", "title",
            "actionTitle", "kind", "actionKind", "startDate", "actionStart", "endDate", "actionEnd", "status",
            "actionStatus", "description", "actionDescription", "resources", "actionResources", "events",
            "actionEvents", "webinars", "actionWebinars");
    private static final Pattern ROW_PATH = Pattern.compile("plan\\[(\\d+)]\\.(\\w+)");
    private static final Pattern FUNDERS_PATH = Pattern.compile("funders(\\[\\d+]\\..*)?");
    private static final int MAX_ROWS = 60;

    /** The fields in the page's order; an action's property lands on its row's field. */
    static final FormFields FIELDS = new FormFields(concat(NAMES, ROW), ProjectForm::fieldOf);

    private final Map<String, String> text;
    private final List<Map<String, String>> rows;

    private ProjectForm(Map<String, String> text, List<Map<String, String>> rows) {
        this.text = text;
        List<Map<String, String>> offered = new ArrayList<>(rows);
        offered.add(Map.of());
        offered.add(Map.of());
        this.rows = List.copyOf(offered);
    }

    static ProjectForm empty() {
        return new ProjectForm(Map.of(), List.of());
    }

    static ProjectForm of(Project p) {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("slug", p.getSlug());
        text.put("title", p.getTitle());
        text.put("acronym", p.getAcronym());
        text.put("summary", p.getSummary());
        text.put("purpose", p.getPurpose());
        text.put("startDate", p.getStartDate().toString());
        text.put("endDate", p.getEndDate().toString());
        text.put("funders", p.getFunders().stream()
                .map(f -> f.getRate() == null ? f.getName() : f.getName() + " ; " + f.getRate())
                .collect(Collectors.joining("\n")));
        text.put("partners", ids(p.getPartners().stream().filter(a -> !a.isTechnical()).map(Partner::getActorId)
                .toList()));
        text.put("technicalPartners", ids(p.getPartners().stream().filter(Partner::isTechnical)
                .map(Partner::getActorId).toList()));
        text.put("coordinators", p.getCoordinators().stream().sorted().collect(Collectors.joining(", ")));
        text.put("published", p.isPublished() ? "on" : null);
        List<Map<String, String>> rows = p.getPlan().stream().map(a -> {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("actionNumber", String.valueOf(a.getNumber()));
            row.put("actionTitle", a.getTitle());
            row.put("actionKind", a.getKind().code());
            row.put("actionStart", a.getStartDate().toString());
            row.put("actionEnd", a.getEndDate().toString());
            row.put("actionStatus", a.getStatus().code());
            row.put("actionDescription", a.getDescription());
            row.put("actionResources", outputs(a, OutputKind.RESOURCE));
            row.put("actionEvents", outputs(a, OutputKind.EVENT));
            row.put("actionWebinars", outputs(a, OutputKind.WEBINAR));
            return row;
        }).toList();
        return new ProjectForm(text, rows);
    }

    static ProjectForm typed(HttpServletRequest request) {
        Map<String, String> text = new LinkedHashMap<>();
        NAMES.forEach(name -> text.put(name, request.getParameter(name)));
        return new ProjectForm(text, typedRows(request));
    }

    /**
     * @param slug the project's, when it is changed (its slug stays); null for a new one, whose slug is typed
     * @throws InvalidInput naming the field of an id or rate that is no number
     */
    static ProjectInput read(HttpServletRequest request, String slug) {
        Map<String, String> refused = new LinkedHashMap<>();
        List<ProjectInput.WorkInput> plan = new ArrayList<>();
        List<Map<String, String>> rows = typedRows(request);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            plan.add(new ProjectInput.WorkInput(number(row.get("actionNumber"), "actionNumber" + i, refused),
                    row.get("actionTitle"), row.get("actionKind"), row.get("actionDescription"),
                    date(row.get("actionStart")), date(row.get("actionEnd")), row.get("actionStatus"),
                    ids(row.get("actionResources"), "actionResources" + i, refused),
                    ids(row.get("actionEvents"), "actionEvents" + i, refused),
                    ids(row.get("actionWebinars"), "actionWebinars" + i, refused)));
        }
        ProjectInput input = new ProjectInput(slug != null ? slug : request.getParameter("slug"),
                request.getParameter("title"),
                request.getParameter("acronym"), request.getParameter("summary"), request.getParameter("purpose"),
                date(request.getParameter("startDate")), date(request.getParameter("endDate")),
                funders(request.getParameter("funders"), refused),
                ids(request.getParameter("partners"), "partners", refused),
                ids(request.getParameter("technicalPartners"), "technicalPartners", refused),
                Arrays.stream(text(request.getParameter("coordinators")).split("[,\\s]+")).filter(s -> !s.isBlank())
                        .toList(),
                request.getParameter("published") != null, plan);
        if (!refused.isEmpty()) {
            throw new InvalidInput(InvalidInput.Reason.INVALID, refused.values().iterator().next(), refused);
        }
        return input;
    }

    private static List<Map<String, String>> typedRows(HttpServletRequest request) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS; i++) {
            Map<String, String> row = new LinkedHashMap<>();
            for (String name : ROW) {
                String value = request.getParameter(name + i);
                if (value != null && !value.isBlank()) {
                    row.put(name, value);
                }
            }
            // A row with only a kind or status chosen is an untouched one: its selects have defaults.
            if (row.containsKey("actionNumber") || row.containsKey("actionTitle") || row.containsKey("actionStart")
                    || row.containsKey("actionEnd")) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<ProjectInput.FunderInput> funders(String typed, Map<String, String> refused) {
        List<ProjectInput.FunderInput> funders = new ArrayList<>();
        for (String line : text(typed).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int semicolon = line.lastIndexOf(';');
            String rate = semicolon < 0 ? null : line.substring(semicolon + 1).replace("%", "").strip();
            funders.add(new ProjectInput.FunderInput(semicolon < 0 ? line : line.substring(0, semicolon),
                    rate == null || rate.isEmpty() ? null : number(rate, "funders", refused)));
        }
        return funders;
    }

    private static List<Long> ids(String typed, String field, Map<String, String> refused) {
        List<Long> ids = new ArrayList<>();
        for (String id : text(typed).split("[,;\\s]+")) {
            if (id.isBlank()) {
                continue;
            }
            try {
                ids.add(Long.valueOf(id));
            } catch (NumberFormatException e) {
                refused.putIfAbsent(field, Messages.format("project.form.id", id));
            }
        }
        return ids;
    }

    private static Integer number(String typed, String field, Map<String, String> refused) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            refused.putIfAbsent(field, Messages.format("project.form.number", typed.strip()));
            return null;
        }
    }

    /** A date that is no ISO date is absent: validation then says which format is expected. */
    private static LocalDate date(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(String typed) {
        return typed == null ? "" : typed;
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String outputs(ProjectAction a, OutputKind kind) {
        return ids(a.getOutputs().stream().filter(o -> o.getKind() == kind).map(Output::getResourceId).toList());
    }

    /** {@code plan[2].title} is the field {@code actionTitle2}; a funder's property is the funders' field. */
    private static String fieldOf(String path) {
        Matcher row = ROW_PATH.matcher(path);
        if (row.matches()) {
            return ROW_PROPERTIES.getOrDefault(row.group(2), "actionTitle") + row.group(1);
        }
        return FUNDERS_PATH.matcher(path).matches() ? "funders" : path;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    public Map<String, String> getText() {
        return text;
    }

    public List<Map<String, String>> getRows() {
        return rows;
    }

    public List<FormOption> getKinds() {
        return Arrays.stream(WorkKind.values()).map(k -> new FormOption(k.code(), k.label(), false)).toList();
    }

    public List<FormOption> getStatuses() {
        return Arrays.stream(WorkStatus.values()).map(s -> new FormOption(s.code(), s.label(), false)).toList();
    }
}
