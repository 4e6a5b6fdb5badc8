package fr.bocage.network.newsletter;

import fr.bocage.platform.web.FormFeedback;
import java.util.List;

/**
 * The page /lettre/numeros/{id}: a draft's subject, editorial and items (up, down, remove), its previews, the test
 * and the sending; once sending, its progress.
 *
 * @param url      the page's own address, where its forms post
 * @param draft    whether it can still be changed and sent
 * @param message  what the last action did (a test sent…), or null
 */
public record EditIssuePage(long id, String url, String subject, String editorial, String statusKey, boolean draft,
        List<Item> items, IssueView.Progress progress, String archiveUrl, String message, FormFeedback feedback) {

    /** @param kindLabel its kind, in French */
    public record Item(long id, String kindLabel, String title, String url, boolean first, boolean last) {
    }
}
