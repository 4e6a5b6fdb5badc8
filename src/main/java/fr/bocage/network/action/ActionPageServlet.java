package fr.bocage.network.action;

import fr.bocage.catalog.ReportSections;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceAccess;
import fr.bocage.catalog.ResourceDescription;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.Workflow;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.web.Routes;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.HitView;
import fr.bocage.portal.UiText;
import fr.bocage.portal.form.PortalForms;
import fr.bocage.search.FacetDimension;
import fr.bocage.search.FacetVocabulary;
import fr.bocage.search.SearchEngine;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An action's page, /actions/{id}: published, or seen by its author and the moderators (the one access decision);
 * a withdrawn one is gone (410), anything else not found. The contributors' forms are {@code /actions/nouvelle}
 * and {@code /actions/{id}/modifier} ({@link ActionFormPages}).
 */
@WebServlet(ActionRoutes.ACTION + "*")
public class ActionPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Where actors' pages are (fr.bocage.network.actor): an action names its actors by resource id only. */
    static final String ACTOR_PAGE = "/acteurs/";
    private static final String NEW = "/nouvelle";
    private static final Pattern EDIT = Pattern.compile("/(\\d{1,18})/modifier");

    @Inject
    ActionRepository actions;

    @Inject
    IndicatorRepository indicators;

    @Inject
    ResourceRepository resources;

    @Inject
    FacetVocabulary vocabulary;

    @Inject
    SearchEngine engine;

    @Inject
    ActionFormPages forms;

    /** The path of one of the forms; {@code action} is null for a new one. */
    private record FormPath(Long action) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<FormPath> form = form(request);
        if (form.isPresent()) {
            forms.show(form.get().action(), request, response);
            return;
        }
        Optional<Long> id = PortalForms.id(request).filter(action -> actions.find(action).isPresent());
        Optional<Resource> found = PortalForms.shown(id, resources, request, response);
        if (found.isEmpty()) {
            return;
        }
        Resource resource = found.get();
        Action action = actions.existing(resource.getId());
        Views.render("network/action", page(resource, action, PortalForms.caller(request)), request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<FormPath> form = form(request);
        if (form.isEmpty()) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        forms.save(form.get().action(), request, response);
    }

    /** The form of the path, if it is one. */
    private static Optional<FormPath> form(HttpServletRequest request) {
        String path = request.getPathInfo();
        if (NEW.equals(path)) {
            return Optional.of(new FormPath(null));
        }
        Matcher edit = EDIT.matcher(path == null ? "" : path);
        return edit.matches() ? Optional.of(new FormPath(Long.parseLong(edit.group(1)))) : Optional.empty();
    }

    private ActionPage page(Resource resource, Action action, Caller caller) {
        ResourceDescription d = resource.description();
        Map<String, Indicator> catalogue = indicators.all().stream()
                .collect(Collectors.toMap(Indicator::getCode, Function.identity()));
        List<ActionPage.ValueRow> values = action.getValues().stream().map(v -> {
            Indicator indicator = catalogue.get(v.getIndicator());
            return new ActionPage.ValueRow(indicator == null ? v.getIndicator() : indicator.getLabel(), v.getYear(),
                    BarChart.number(v.getAmount(), indicator == null ? null : indicator.getUnit()));
        }).toList();
        List<HitView> similar = engine.similarTo(resource.getId()).stream()
                .map(hit -> new HitView(hit, vocabulary, null)).toList();
        return new ActionPage(resource.getId(), resource.getTitle(), d.summary(),
                resource.isPublished() ? null : UiText.format("status." + resource.getStatus().name().toLowerCase()),
                facts(d, action), d.themes().stream().map(t -> vocabulary.label(FacetDimension.THEME.parameter(), t))
                        .toList(), sections(resource.getReport()),
                action.getLeadActor() == null ? null : named(action.getLeadActor(), caller, ACTOR_PAGE).orElse(null),
                action.getPartners().stream().flatMap(p -> named(p, caller, ACTOR_PAGE).stream()).toList(),
                action.getLinks().stream().flatMap(r -> named(r, caller, Routes.RESOURCE).stream()).toList(),
                values, similar, caller.username() != null && Workflow.editVerdict(resource.getStatus(),
                        Workflow.Actor.of(caller, resource)) == Workflow.Verdict.ALLOWED
                        ? ActionRoutes.action(resource.getId()) + "/modifier" : null);
    }

    private List<ActionPage.Fact> facts(ResourceDescription d, Action action) {
        List<ActionPage.Fact> facts = new ArrayList<>();
        facts.add(new ActionPage.Fact("action.progress", action.getProgress().label()));
        if (action.getScheme() != null) {
            facts.add(new ActionPage.Fact("action.scheme", action.getScheme().label()));
        }
        String period = period(action.getStartYear(), action.getEndYear());
        if (period != null) {
            facts.add(new ActionPage.Fact("action.period", period));
        }
        if (d.territory() != null) {
            facts.add(new ActionPage.Fact("action.territory",
                    vocabulary.label(FacetDimension.TERRITORY.parameter(), d.territory())));
        }
        if (action.getCommune() != null) {
            facts.add(new ActionPage.Fact("action.commune", action.getCommune()));
        }
        if (action.getBudget() != null) {
            facts.add(new ActionPage.Fact("action.budget", BarChart.number(action.getBudget(), "€")));
        }
        if (!action.getFunders().isEmpty()) {
            facts.add(new ActionPage.Fact("action.funders", String.join(" · ", action.getFunders())));
        }
        return facts;
    }

    static String period(Integer start, Integer end) {
        if (start == null && end == null) {
            return null;
        }
        if (start == null || end == null || start.equals(end)) {
            return String.valueOf(start == null ? end : start);
        }
        return start + "–" + end;
    }

    private static List<ActionPage.Section> sections(ReportSections report) {
        if (report == null) {
            return List.of();
        }
        return report.filled().entrySet().stream()
                .map(e -> new ActionPage.Section(e.getKey().label(), e.getValue())).toList();
    }

    /** A resource the reader may see, by its title: nothing of a draft actor or resource leaks through an action. */
    private Optional<ActionPage.Named> named(long id, Caller caller, String pages) {
        return resources.find(id).filter(r -> ResourceAccess.isVisible(r, caller))
                .map(r -> new ActionPage.Named(r.getTitle(), pages + id));
    }
}
