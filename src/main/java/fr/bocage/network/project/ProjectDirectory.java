package fr.bocage.network.project;

import fr.bocage.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The projects a caller may see, filtered: the published ones, and their own drafts (all of them for admins). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProjectDirectory {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    ProjectRepository projects;

    @Inject
    ProjectViews views;

    Clock clock = Clock.systemUTC();

    public List<ProjectView> list(ProjectFilter filter, Caller caller) {
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        return projects.all().stream().filter(p -> ProjectAccess.maySee(p, caller))
                .filter(p -> filter.inPeriod(p, today)).map(p -> views.of(p, caller))
                .filter(v -> filter.country() == null
                        || v.partners().stream().anyMatch(a -> filter.country().equals(a.country())))
                .toList();
    }

    public ProjectView one(String slug, Caller caller) {
        return views.of(projects.visibleTo(slug, caller), caller);
    }
}
