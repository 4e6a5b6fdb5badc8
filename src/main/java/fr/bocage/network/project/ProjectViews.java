package fr.bocage.network.project;

import fr.bocage.network.actor.ActorDirectory;
import fr.bocage.platform.rest.ApiNames;
import fr.bocage.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** A project as the API and the pages show it: partners and outputs looked up, what the caller may not see left out. */
@ApplicationScoped
public class ProjectViews {

    @Inject
    ActorDirectory actors;

    @Inject
    ProjectOutputs outputs;

    Clock clock = Clock.systemUTC();

    public ProjectView of(Project p, Caller caller) {
        List<ProjectView.PartnerView> partners = p.getPartners().stream()
                .map(partner -> actors.listed(partner.getActorId())
                        .map(a -> ProjectView.PartnerView.of(a, partner.isTechnical())))
                .flatMap(Optional::stream).toList();
        List<ProjectView.WorkView> plan = p.getPlan().stream().map(a -> new ProjectView.WorkView(a.getNumber(),
                a.getTitle(), a.getKind().code(), a.getDescription(), a.getStartDate(), a.getEndDate(),
                a.getStatus().code(), a.getOutputs().stream().map(outputs::shown).flatMap(Optional::stream).toList()))
                .toList();
        return new ProjectView(p.getId(), p.getSlug(), p.getTitle(), p.getAcronym(), p.getSummary(), p.getPurpose(),
                p.getStartDate(), p.getEndDate(), ApiNames.of(p.getState()),
                p.getFunders().stream().map(f -> new ProjectView.FunderView(f.getName(), f.getRate())).toList(),
                partners, ProjectAccess.mayEdit(p, caller) ? p.getCoordinators().stream().sorted().toList() : null,
                plan, webinars(p), ProjectView.PATH + p.getSlug());
    }

    /** The webinars of its webinar series: null without any. */
    private ProjectView.Webinars webinars(Project p) {
        List<Long> webinars = p.getPlan().stream().filter(a -> a.getKind() == WorkKind.WEBINAR_SERIES)
                .flatMap(a -> a.getOutputs().stream()).filter(o -> o.getKind() == OutputKind.WEBINAR)
                .map(Output::getResourceId).distinct().toList();
        return webinars.isEmpty() ? null
                : new ProjectView.Webinars(outputs.held(webinars, clock.instant()), webinars.size());
    }
}
