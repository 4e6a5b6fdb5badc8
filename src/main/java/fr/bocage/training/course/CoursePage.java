package fr.bocage.training.course;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceDescription;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Routes;
import fr.bocage.search.FacetDimension;
import fr.bocage.search.FacetVocabulary;
import fr.bocage.event.material.MaterialsSection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What a course's page shows: its description with labels, its facts, its sessions and materials.
 *
 * @param platformUrl checked on input: an http or https address only
 * @param themes the themes' labels, comma-separated; likewise {@code audiences}
 * @param scheduled whether the course is held in sessions (not self-paced), to say when none is dated yet
 * @param editUrl the edit form's address, for its trainer, the moderators and the administrators; null for others
 * @param signUp the sign-up form to the sessions to come; null when none is to come
 * @param feedback what the sign-up form's last post answered
 */
public record CoursePage(long id, String title, String summary, String objectives, String prerequisites,
                         String platformUrl, String themes, String audiences, String territory, CourseFacts facts,
                         List<SessionRow> sessions, boolean scheduled, String editUrl, MaterialsSection materials,
                         CourseSignUp signUp, FormFeedback feedback) {

    /**
     * @param editable whether the reader runs the course: they get its form and may attach materials
     * @param confirmed the places taken, by session key
     * @param registrants whether the reader may see the sessions' registrants
     * @param signUp what the sign-up form shows (typed values, errors, the session chosen)
     */
    static CoursePage of(Resource resource, Course course, FacetVocabulary vocabulary, boolean editable,
            MaterialsSection materials, Instant now, Map<Integer, Long> confirmed, boolean registrants,
            CourseSignUp.Form signUp) {
        ResourceDescription d = resource.description();
        List<CourseSession> all = course.getSessions();
        return new CoursePage(resource.getId(), resource.getTitle(), d.summary(), course.getObjectives(),
                course.getPrerequisites(), course.getPlatformUrl(), labels(vocabulary, FacetDimension.THEME, d.themes()),
                labels(vocabulary, FacetDimension.AUDIENCE, d.audiences()),
                d.territory() == null ? null : vocabulary.label(FacetDimension.TERRITORY.parameter(), d.territory()),
                new CourseFacts(resource, course, now),
                rows(resource.getId(), all, now, confirmed, registrants),
                course.getFormat().hasSessions(), editable ? Routes.editCourse(resource.getId()) : null,
                materials, CourseSignUp.of(rows(resource.getId(), all, now, confirmed, false), signUp),
                signUp.feedback());
    }

    private static List<SessionRow> rows(long id, List<CourseSession> all, Instant now, Map<Integer, Long> confirmed,
            boolean registrants) {
        return IntStream.range(0, all.size()).mapToObj(i -> new SessionRow(id, i + 1, all.get(i), now,
                confirmed.getOrDefault(all.get(i).getKey(), 0L), registrants)).toList();
    }

    private static String labels(FacetVocabulary vocabulary, FacetDimension dimension, List<String> codes) {
        return String.join(", ", codes.stream().map(c -> vocabulary.label(dimension.parameter(), c)).toList());
    }
}
