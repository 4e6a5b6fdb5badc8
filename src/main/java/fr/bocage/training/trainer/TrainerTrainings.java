package fr.bocage.training.trainer;

import fr.bocage.catalog.Resource;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.web.Routes;
import fr.bocage.portal.RunTrainings;
import fr.bocage.portal.UiText;
import fr.bocage.training.course.Course;
import fr.bocage.training.course.CourseRepository;
import fr.bocage.training.course.SessionRow;
import fr.bocage.training.webinar.Webinar;
import fr.bocage.training.webinar.WebinarAccess;
import fr.bocage.training.webinar.WebinarRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A trainer's webinars and courses for their « Mon espace », each with the way to change it and to its registrants
 * (a course's: its sessions on its page). A resource merely typed « webinaire » by a contributor has no event row and stays a contribution.
 */
@ApplicationScoped
public class TrainerTrainings implements RunTrainings {

    @Inject
    WebinarRepository webinars;

    @Inject
    CourseRepository courses;

    @Override
    public List<RunTraining> among(List<Resource> owned, Caller caller) {
        Instant now = Instant.now();
        return owned.stream().map(r -> webinar(r, caller).or(() -> course(r, caller, now))).flatMap(Optional::stream)
                .toList();
    }

    private Optional<RunTraining> webinar(Resource r, Caller caller) {
        if (!WebinarRepository.TYPE.equals(r.description().type())) {
            return Optional.empty();
        }
        return webinars.find(r.getId()).map((Webinar w) -> new RunTraining(r.getId(), r.getTitle(),
                UiText.format("myspace.training.webinar"), UiText.dayAndTime(w.getStartsAt()),
                Routes.webinar(r.getId()), Routes.EDIT_WEBINAR + r.getId(),
                WebinarAccess.readsRegistrants(r, caller) ? Routes.REGISTRANTS + r.getId() : null));
    }

    /**
     * A course's registrants are per session: its page's sessions table links each one's, for who may read them.
     */
    private Optional<RunTraining> course(Resource r, Caller caller, Instant now) {
        if (!CourseRepository.TYPE.equals(r.description().type())) {
            return Optional.empty();
        }
        return courses.find(r.getId()).map((Course c) -> new RunTraining(r.getId(), r.getTitle(),
                UiText.format("myspace.training.course"),
                c.nextSession(now).map(SessionRow::start).orElse(""),
                Routes.course(r.getId()), Routes.editCourse(r.getId()),
                !c.getSessions().isEmpty() && WebinarAccess.readsRegistrants(r, caller)
                        ? Routes.course(r.getId()) + "#sessions" : null));
    }
}
