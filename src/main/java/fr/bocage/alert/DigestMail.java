package fr.bocage.alert;

import fr.bocage.mail.OutgoingMail;
import fr.bocage.platform.Messages;
import fr.bocage.platform.web.Routes;
import fr.bocage.portal.tags.Html;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The e-mail of one saved search's digest: the newest matches, each with its page, then the whole search, the feed and
 * the way to stop. Plain text and the same as HTML (every value escaped; snippets are already HTML-safe). One-click
 * unsubscription (RFC 8058): {@code List-Unsubscribe} gives the API's address, which a mail client posts to without
 * showing anything, with {@code List-Unsubscribe-Post}; the link in the body leads to a page that asks first.
 */
final class DigestMail {
    /** Matches listed in one e-mail; the rest are one link away. */
    static final int LISTED = 20;
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private DigestMail() {
    }

    /**
     * @param address absolute address of a path on the public site
     * @param total   how many matched in all, of which {@code matches} are the newest
     */
    static OutgoingMail compose(String to, SavedSearch search, SavedQuery query,
            List<PublishedMatches.Match> matches, long total, UnaryOperator<String> address) {
        String searchUrl = address.apply(query.on(Routes.SEARCH));
        String feedUrl = address.apply(AlertFeeds.feedPath(search));
        String stopPage = address.apply(AlertFeeds.stopPath(search.getStopToken()));
        String oneClick = address.apply(SavedSearchResource.STOP_PATH + "?token=" + search.getStopToken());
        String subject = Messages.format("alert.mail.subject", total, search.getName());

        StringBuilder text = new StringBuilder(Messages.format("alert.mail.intro", total, search.getName()))
                .append("\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>")
                .append(Html.escape(subject)).append("</title></head><body><p>")
                .append(Html.escape(Messages.format("alert.mail.intro", total, search.getName()))).append("</p><ul>");
        for (PublishedMatches.Match match : matches.subList(0, Math.min(LISTED, matches.size()))) {
            String page = address.apply(Routes.resource(match.hit().id()));
            String snippet = match.hit().snippet() == null ? "" : match.hit().snippet();
            text.append("\n- ").append(match.hit().title()).append("\n  ").append(page).append('\n');
            if (!snippet.isBlank()) {
                text.append("  ").append(plain(snippet)).append('\n');
            }
            html.append("<li><a href=\"").append(Html.escape(page)).append("\">").append(Html.escape(match.hit().title()))
                    .append("</a>");
            if (!snippet.isBlank()) {
                html.append("<br>").append(snippet);
            }
            html.append("</li>");
        }
        html.append("</ul>");
        if (total > LISTED) {
            text.append('\n').append(Messages.format("alert.mail.more", total - LISTED)).append('\n');
            html.append("<p>").append(Html.escape(Messages.format("alert.mail.more", total - LISTED))).append("</p>");
        }
        text.append('\n').append(Messages.format("alert.mail.footer", searchUrl, feedUrl, stopPage)).append('\n');
        html.append("<p><a href=\"").append(Html.escape(searchUrl)).append("\">")
                .append(Html.escape(Messages.get("alert.mail.search"))).append("</a> · <a href=\"")
                .append(Html.escape(feedUrl)).append("\">").append(Html.escape(Messages.get("alert.mail.feed")))
                .append("</a></p><p><a href=\"").append(Html.escape(stopPage)).append("\">")
                .append(Html.escape(Messages.get("alert.mail.stop"))).append("</a></p></body></html>");
        return new OutgoingMail(to, subject, text.toString()).withHtml(html.toString())
                .withHeader("List-Unsubscribe", "<" + oneClick + ">")
                .withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    /** A snippet (HTML-safe, with marks) as plain text. */
    static String plain(String snippet) {
        return TAG.matcher(snippet).replaceAll("").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#x27;", "'").replace("&#x2F;", "/").replace("&#034;", "\"").replace("&#039;", "'")
                .replace("&amp;", "&");
    }
}
