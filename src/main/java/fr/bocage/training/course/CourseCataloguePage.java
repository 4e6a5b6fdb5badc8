package fr.bocage.training.course;

import fr.bocage.portal.SearchPage;
import java.util.List;

/**
 * The course catalogue: a search within courses.
 *
 * @param search the results, null when the address could not be read
 * @param cards one per hit, in the same order
 * @param error why the address could not be read, in French
 * @param mayPropose whether the caller runs trainings
 */
public record CourseCataloguePage(SearchPage search, List<CourseCard> cards, String error, boolean mayPropose) {
}
