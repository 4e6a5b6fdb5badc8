package fr.bocage.network.project;

import fr.bocage.network.actor.Countries;
import fr.bocage.platform.Messages;
import fr.bocage.platform.rest.ApiNames;
import fr.bocage.platform.security.Caller;
import fr.bocage.portal.form.FormOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The records of the projects' pages, each read in one transaction. */
@ApplicationScoped
public class ProjectPages {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM uuuu 'à' HH'h'mm",
            Locale.FRENCH);
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final List<String> PERIODS = List.of("current", "upcoming", "ended");

    @Inject
    ProjectDirectory directory;

    @Inject
    ProjectRepository projects;

    @Inject
    ProjectViews views;

    @Inject
    ProjectNewsLinks news;

    @Inject
    ProjectOutputs outputs;

    @Inject
    ProjectMembers members;

    @Transactional
    public ProjectListPage list(ProjectFilter filter, Caller caller) {
        List<ProjectView> all = directory.list(ProjectFilter.NONE, caller);
        List<ProjectView> shown = directory.list(filter, caller);
        List<FormOption> countries = all.stream().flatMap(p -> p.partners().stream())
                .map(ProjectView.PartnerView::country).distinct()
                .map(code -> new FormOption(code, Countries.name(code), code.equals(filter.country())))
                .sorted(Comparator.comparing(FormOption::label, Collator.getInstance(Locale.FRENCH))).toList();
        List<FormOption> periods = PERIODS.stream().map(p -> new FormOption(p,
                Messages.get("project.period." + p), p.equals(filter.period()))).toList();
        return new ProjectListPage(shown.stream().map(p -> new ProjectListPage.Row(p.title(), p.acronym(), p.page(),
                p.summary(), period(p.startDate(), p.endDate()), "draft".equals(p.state()), countryNames(p)))
                .toList(), countries, periods, ProjectAccess.mayCreate(caller));
    }

    @Transactional
    public ProjectPage page(String slug, Caller caller) {
        Project project = projects.visibleTo(slug, caller);
        ProjectView view = views.of(project, caller);
        List<ProjectPage.Work> plan = view.plan().stream().map(w -> new ProjectPage.Work(w.number(), w.title(),
                ApiNames.parse(WorkKind.class, w.kind()).map(WorkKind::label).orElse(w.kind()),
                period(w.startDate(), w.endDate()), w.status(),
                ApiNames.parse(WorkStatus.class, w.status()).map(WorkStatus::label).orElse(w.status()),
                w.description(), w.outputs())).toList();
        Map<String, List<ProjectView.PartnerView>> byCountry = new TreeMap<>(Collator.getInstance(Locale.FRENCH));
        view.partners().stream().filter(p -> !p.technical())
                .forEach(p -> byCountry.computeIfAbsent(Countries.name(p.country()), c -> new java.util.ArrayList<>())
                        .add(p));
        return new ProjectPage(view, period(view.startDate(), view.endDate()),
                ProjectTimeline.of(view.startDate(), view.endDate(), view.plan()), plan,
                byCountry.entrySet().stream().map(e -> new ProjectPage.Country(e.getKey(), e.getValue())).toList(),
                view.partners().stream().filter(ProjectView.PartnerView::technical).toList(),
                ProjectAccess.mayEdit(project, caller),
                news.published(project).stream().map(SharedItemView::of).toList(),
                outputs.agenda(project, Instant.now()).stream().map(d -> new ProjectPage.Appointment(
                        d.link().title(), d.link().page(), Messages.get("project.agenda." + d.link().kind()),
                        WHEN.format(d.startsAt().atZone(ZONE)), d.upcoming())).toList(),
                members.standing(project, caller).seesPrivateSpace()
                        ? ProjectView.PATH + project.getSlug() + ProjectSpaceRequests.SPACE : null);
    }

    static String period(LocalDate from, LocalDate to) {
        return Messages.format("project.dates", DAY.format(from), DAY.format(to));
    }

    private static String countryNames(ProjectView p) {
        return p.partners().stream().map(ProjectView.PartnerView::country).filter(Objects::nonNull).distinct()
                .map(Countries::name).sorted(Collator.getInstance(Locale.FRENCH)).collect(Collectors.joining(", "));
    }
}
