package fr.bocage.training.course;

import fr.bocage.platform.web.FormFeedback;
import fr.bocage.portal.form.MetadataForm;

/**
 * The trainers' course form, new or for a course to change.
 *
 * @param form the description's fields
 * @param course the course's own fields and sessions
 * @param editing the course's id; null for a new one
 * @param editingTitle its title; null for a new one
 */
public record CourseFormPage(MetadataForm form, CourseForm course, Long editing, String editingTitle,
                             FormFeedback feedback) {
}
