package fr.bocage.network.diagnosis;

import fr.bocage.portal.form.FormOption;
import fr.bocage.platform.web.FormFeedback;
import java.util.List;

/**
 * The questionnaire builder, for those who run the project: plain forms that rename it, add a section, add a
 * question to a section, move or remove one.
 *
 * @param answered whether answers exist: a change then makes the next version
 */
public record QuestionnaireBuilderPage(String slug, String project, long id, String title, int version,
        boolean superseded, boolean answered, List<Content.Section> sections, List<FormOption> kinds, String home,
        FormFeedback feedback) {
}
