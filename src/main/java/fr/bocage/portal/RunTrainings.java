package fr.bocage.portal;

import fr.bocage.catalog.Resource;
import fr.bocage.platform.security.Caller;
import java.util.List;

/**
 * The trainings a person runs, for their « Mon espace »: told by the training feature, shown by the contributor's
 * dashboard, which may not know it (feature areas never lean on each other).
 */
public interface RunTrainings {

    /** Among {@code owned} (the caller's resources), the webinars and courses, with where to manage each. */
    List<RunTraining> among(List<Resource> owned, Caller caller);

    /**
     * One training on the dashboard. {@code registrants} is null for a course, or when the caller may not read
     * them; {@code when} is the next date, or empty.
     */
    record RunTraining(long id, String title, String kind, String when, String page, String edit,
            String registrants) {
    }
}
