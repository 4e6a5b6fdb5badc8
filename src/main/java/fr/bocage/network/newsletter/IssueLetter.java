package fr.bocage.network.newsletter;

import fr.bocage.platform.Messages;
import fr.bocage.portal.tags.Html;
import java.util.List;

/**
 * An issue written as an e-mail: the plain text and the HTML alternative, the same content. The HTML is simple on
 * purpose, for common mail clients: no table, no image, no style sheet, only inline styles, every value escaped, every
 * link absolute. The unsubscribe link is a placeholder replaced per subscriber ({@link #forSubscriber}), so that an
 * issue is written once per set of themes, not once per subscriber.
 */
public record IssueLetter(String subject, String text, String html) {
    /** Replaced by each subscriber's own unsubscribe address: made of characters that need no escaping. */
    static final String UNSUBSCRIBE = "%%BOCAGE_UNSUBSCRIBE%%";

    /** One item as it is written: absolute link, the label of its kind. */
    public record Line(String kindLabel, String title, String summary, String url) {
    }

    /**
     * @param heading     « La lettre de Bocage n° 3 », or the draft's heading
     * @param editorial   plain text, paragraphs separated by blank lines (may be null)
     * @param archiveUrl  the issue's page on the site, absolute
     */
    static IssueLetter write(String subject, String heading, String editorial, List<Line> lines, String archiveUrl) {
        return new IssueLetter(subject, text(heading, editorial, lines, archiveUrl),
                html(subject, heading, editorial, lines, archiveUrl));
    }

    /** The letter for one subscriber: their own unsubscribe link. */
    IssueLetter forSubscriber(String unsubscribeUrl) {
        return new IssueLetter(subject, text.replace(UNSUBSCRIBE, unsubscribeUrl),
                html.replace(UNSUBSCRIBE, Html.escape(unsubscribeUrl)));
    }

    static List<String> paragraphs(String editorial) {
        if (editorial == null || editorial.isBlank()) {
            return List.of();
        }
        return List.of(editorial.replace("\r\n", "\n").strip().split("\n\\s*\n")).stream().map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
    }

    private static String text(String heading, String editorial, List<Line> lines, String archiveUrl) {
        StringBuilder text = new StringBuilder(heading).append("\n\n");
        for (String paragraph : paragraphs(editorial)) {
            text.append(paragraph).append("\n\n");
        }
        for (Line line : lines) {
            text.append("* ").append(line.kindLabel()).append(" : ").append(line.title()).append('\n');
            if (line.summary() != null && !line.summary().isBlank()) {
                text.append("  ").append(line.summary().strip().replace("\n", "\n  ")).append('\n');
            }
            text.append("  ").append(line.url()).append("\n\n");
        }
        text.append("-- \n").append(Messages.format("newsletter.mail.online", archiveUrl)).append('\n')
                .append(Messages.format("newsletter.mail.unsubscribe", UNSUBSCRIBE)).append('\n');
        return text.toString();
    }

    private static String html(String subject, String heading, String editorial, List<Line> lines,
            String archiveUrl) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.escape(subject)).append("</title></head>\n")
                .append("<body style=\"margin:0;padding:0;background:#f4f1ea;color:#1f2a1f;")
                .append("font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5\">\n")
                .append("<div style=\"max-width:640px;margin:0 auto;padding:24px;background:#ffffff\">\n")
                .append("<h1 style=\"font-size:24px;color:#2f5d34;margin:0 0 16px\">").append(Html.escape(heading))
                .append("</h1>\n");
        for (String paragraph : paragraphs(editorial)) {
            html.append("<p style=\"margin:0 0 16px\">")
                    .append(Html.escape(paragraph).replace("\n", "<br>\n")).append("</p>\n");
        }
        for (Line line : lines) {
            html.append("<div style=\"border-top:1px solid #d8d2c4;padding:16px 0\">\n")
                    .append("<p style=\"margin:0;font-size:13px;text-transform:uppercase;color:#5b6b5b\">")
                    .append(Html.escape(line.kindLabel())).append("</p>\n")
                    .append("<h2 style=\"font-size:19px;margin:4px 0 8px\"><a href=\"").append(Html.escape(line.url()))
                    .append("\" style=\"color:#2f5d34\">").append(Html.escape(line.title())).append("</a></h2>\n");
            if (line.summary() != null && !line.summary().isBlank()) {
                html.append("<p style=\"margin:0\">").append(Html.escape(line.summary().strip())).append("</p>\n");
            }
            html.append("</div>\n");
        }
        html.append("<p style=\"border-top:1px solid #d8d2c4;padding-top:16px;font-size:13px;color:#5b6b5b\">")
                .append("<a href=\"").append(Html.escape(archiveUrl)).append("\" style=\"color:#2f5d34\">")
                .append(Html.escape(Messages.get("newsletter.mail.online.link"))).append("</a> · ")
                .append("<a href=\"").append(UNSUBSCRIBE).append("\" style=\"color:#2f5d34\">")
                .append(Html.escape(Messages.get("newsletter.mail.unsubscribe.link"))).append("</a></p>\n")
                .append("</div>\n</body></html>\n");
        return html.toString();
    }
}
