package fr.bocage.network.newsletter;

import java.util.List;

/** The animators' page /lettre/numeros: every issue, newest first. */
public record IssuesPage(List<Row> issues) {

    /** @param statusKey the key of its state in ui.properties */
    public record Row(long id, Integer number, String subject, String statusKey, int percent, String url) {
    }
}
