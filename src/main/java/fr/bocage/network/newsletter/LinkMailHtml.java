package fr.bocage.network.newsletter;

import fr.bocage.portal.tags.Html;

/**
 * The HTML part of a plain-text e-mail that leads to one link (the confirmation): the same paragraphs, escaped, the
 * paragraph that is the link alone shown as a button, the address still written under it for the mail clients that
 * hide buttons. Built from the text so that both parts say the same; inline styles only, as in {@link IssueLetter}.
 */
public final class LinkMailHtml {
    private static final String GREEN = "#2f5d34";

    private LinkMailHtml() {
    }

    public static String of(String subject, String text, String link, String button) {
        StringBuilder html = new StringBuilder(2048);
        html.append("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.escape(subject)).append("</title></head>\n")
                .append("<body style=\"margin:0;padding:0;background:#f4f1ea;color:#1f2a1f;")
                .append("font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5\">\n")
                .append("<div style=\"max-width:640px;margin:0 auto;padding:24px;background:#ffffff\">\n");
        for (String paragraph : text.strip().split("\n\n")) {
            if (paragraph.strip().equals(link)) {
                html.append("<p style=\"margin:24px 0\"><a href=\"").append(Html.escape(link))
                        .append("\" style=\"display:inline-block;padding:12px 20px;background:").append(GREEN)
                        .append(";color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold\">")
                        .append(Html.escape(button)).append("</a></p>\n")
                        .append("<p style=\"margin:0 0 16px;font-size:13px;color:#5b6b5b;word-break:break-all\">")
                        .append(Html.escape(link)).append("</p>\n");
            } else {
                html.append("<p style=\"margin:0 0 16px\">").append(Html.escape(paragraph).replace("\n", "<br>\n"))
                        .append("</p>\n");
            }
        }
        return html.append("</div>\n</body></html>\n").toString();
    }
}
