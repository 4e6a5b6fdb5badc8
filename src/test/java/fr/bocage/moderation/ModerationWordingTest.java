package fr.bocage.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.catalog.WorkflowAction;
import fr.bocage.ingest.extraction.ExtractionStatus;
import fr.bocage.platform.rest.ApiNames;
import fr.bocage.portal.UiText;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the moderation pages say is plain French, for every status and decision there is. */
class ModerationWordingTest {

    @Test
    void everyExtractionStatusIsSaidInPlainWordsInTheQueueAndOnTheReviewPage() {
        for (ExtractionStatus status : ExtractionStatus.values()) {
            String queue = UiText.format("moderation.extraction." + ApiNames.of(status));
            String review = UiText.format("extraction." + ApiNames.of(status));
            assertTrue(queue.length() > 15 && review.length() > 15, status + ": " + queue + " / " + review);
        }
        assertEquals("Texte extrait du fichier : complet", UiText.format("moderation.extraction.ok"));
    }

    @Test
    void whatReachesThePublicOrCannotBeUndoneIsConfirmedAndSaysSo() {
        List<WorkflowAction> confirmed = Arrays.stream(WorkflowAction.values())
                .filter(ModerationPages::needsConfirmation).toList();
        assertEquals(List.of(WorkflowAction.PUBLISH, WorkflowAction.REJECT, WorkflowAction.WITHDRAW), confirmed);
        for (WorkflowAction action : confirmed) {
            String question = UiText.format("moderation.confirm." + ApiNames.of(action), "Mares");
            assertTrue(question.contains("« Mares »") && question.contains("?"), question);
        }
        assertFalse(ModerationPages.needsConfirmation(WorkflowAction.REQUEST_CHANGES), "sent back, not lost");
        for (WorkflowAction action : WorkflowAction.values()) {
            if (action.isDecision()) {
                assertFalse(UiText.format("moderation.done." + ApiNames.of(action)).isBlank());
            }
        }
    }

    @Test
    void peopleAreNamedByTheirDisplayNameOrElseTheirLogin() {
        People people = new People(Map.of("claire@asso.fr", "Claire Martin"));
        assertEquals("Claire Martin", people.name("claire@asso.fr"));
        assertEquals("demo", people.name("demo"));
        assertEquals("", people.name(null));
    }
}
