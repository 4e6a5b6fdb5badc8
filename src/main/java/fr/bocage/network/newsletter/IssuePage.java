package fr.bocage.network.newsletter;

import java.util.List;

/**
 * The page /lettre/{n}: a sent issue as it was written, with its items still published.
 *
 * @param paragraphs the editorial's paragraphs, plain text
 * @param items      each item with its absolute link (the same as in the e-mail)
 */
public record IssuePage(int number, String subject, String heading, String sentOn, List<String> paragraphs,
        List<IssueLetter.Line> items) {
}
