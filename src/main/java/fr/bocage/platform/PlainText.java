package fr.bocage.platform;

/**
 * What people type, made safe to keep and show: no NUL or other control character, no bidirectional override that
 * turns {@code facture‮txt.exe} into {@code facture.exe.txt} on screen, no zero-width character that makes two
 * equal-looking values differ; and cut to a column's length without splitting a character in two.
 */
public final class PlainText {

    private PlainText() {
    }

    /** Marks a value that was cut. */
    public static final String ELLIPSIS = "…";

    /**
     * Whether the character hides or reorders text: controls other than tab and line breaks, bidirectional
     * embeddings, overrides and isolates, zero-width characters, the byte-order mark, and halves of characters.
     */
    public static boolean isHidden(int c) {
        return (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || (c >= 0x200B && c <= 0x200F) || c == 0x2060 || c == 0xFEFF || c == 0x061C
                || Character.isSurrogate((char) c) && c <= 0xFFFF;
    }

    public static boolean hasHidden(String value) {
        return value != null && value.codePoints().anyMatch(PlainText::isHidden);
    }

    /** The value without its hidden characters; null stays null. */
    public static String visible(String value) {
        if (value == null || !hasHidden(value)) {
            return value;
        }
        StringBuilder kept = new StringBuilder(value.length());
        value.codePoints().filter(c -> !isHidden(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** One line of visible text: hidden characters dropped, runs of white space (line breaks too) one space. */
    public static String oneLine(String value) {
        String visible = visible(value);
        return visible == null ? null : visible.replaceAll("\\s+", " ").strip();
    }

    /** At most {@code maxChars} UTF-16 units, never ending on half a character; null stays null. */
    public static String cut(String value, int maxChars) {
        if (value == null || value.length() <= maxChars) {
            return value;
        }
        int end = Character.isLowSurrogate(value.charAt(maxChars)) ? maxChars - 1 : maxChars;
        return value.substring(0, end);
    }

    /** Like {@link #cut}, ending with {@value #ELLIPSIS} when it was cut, which is counted in the length. */
    public static String shortened(String value, int maxChars) {
        if (value == null || value.length() <= maxChars) {
            return value;
        }
        return cut(value, maxChars - ELLIPSIS.length()).stripTrailing() + ELLIPSIS;
    }
}
