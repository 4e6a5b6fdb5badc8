package fr.bocage.account;

import fr.bocage.catalog.VocabularyTerm;
import fr.bocage.platform.web.FormFeedback;
import java.util.List;

/** The registration form; the fields typed so far are read back from the request's parameters. */
public record RegisterPage(FormFeedback feedback, List<VocabularyTerm> territories) {
}
