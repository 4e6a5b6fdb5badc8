package fr.bocage.portal.tags;

/** Text made safe inside HTML elements and quoted attributes, as {@code fn:escapeXml} does. */
public final class Html {
    private Html() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&#034;");
                case '\'' -> escaped.append("&#039;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
