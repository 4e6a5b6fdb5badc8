package fr.bocage.platform;

/** Text that an XML 1.0 document can hold, for what Bocage writes as XML (feeds, harvesting). */
public final class XmlText {
    private XmlText() {
    }

    /**
     * The text without what XML 1.0 cannot hold: a query or a title may carry any character (a NUL from a hostile
     * link), which would make the whole document unwritable; control characters and lone surrogates are dropped.
     */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
