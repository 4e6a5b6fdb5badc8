package fr.bocage.network.newsletter;

import java.util.List;

/** The page /lettre: the sent issues, newest first, and the way to subscribe. */
public record ArchivePage(List<Row> issues) {

    /** @param sentOn the date it was sent, in French */
    public record Row(int number, String subject, String sentOn, String url) {
    }
}
