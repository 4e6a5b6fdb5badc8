package fr.bocage.imports;

import fr.bocage.platform.web.FormFeedback;
import java.util.List;

/**
 * The import page: the kinds one may import (documents for administrators only), what was typed, the latest jobs.
 *
 * @param kinds the kinds of CSV imports ({@code actors}, {@code actions}), each with its template's address
 * @param documents whether the caller may import a server folder of documents (administrators)
 */
public record ImportFormPage(List<KindChoice> kinds, boolean documents, String kind, boolean publish, String folder,
        List<ImportView> recent, FormFeedback feedback) {

    /** A kind as the page offers it: its name (its label's key is {@code import.kind.} and it) and its template. */
    public record KindChoice(String name, String template) {
    }
}
