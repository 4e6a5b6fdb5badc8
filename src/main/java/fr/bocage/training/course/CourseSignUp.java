package fr.bocage.training.course;

import fr.bocage.platform.web.FormFeedback;
import fr.bocage.portal.form.FormOption;
import java.util.List;
import java.util.Map;

/**
 * The course page's sign-up form: a choice among the sessions to come (a full one puts the person on its waiting
 * list), then name, address, organisation and consent, as a webinar's.
 *
 * @param sessions the sessions one may sign up to, the chosen one selected
 * @param typed what the fields show: what was just typed, or the signed-in person's name and address
 */
public record CourseSignUp(List<FormOption> sessions, Map<String, String> typed) {

    /** The request's side of the form: what was typed, the session chosen (or asked by a row's link), the errors. */
    public record Form(Map<String, String> typed, Integer session, FormFeedback feedback) {
    }

    /** Null when no session is to come. */
    static CourseSignUp of(List<SessionRow> rows, Form form) {
        List<FormOption> open = rows.stream().filter(SessionRow::isOpen)
                .map(r -> new FormOption(Integer.toString(r.getKey()), r.getChoice(),
                        form.session() != null && form.session() == r.getKey()))
                .toList();
        return open.isEmpty() ? null : new CourseSignUp(open, form.typed());
    }
}
