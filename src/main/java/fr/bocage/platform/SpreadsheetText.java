package fr.bocage.platform;

/**
 * Text written into a CSV file that people open in a spreadsheet (registrants, the actors' directory): what a
 * spreadsheet would run as a formula is shown as text (OWASP's CSV injection advice).
 */
public final class SpreadsheetText {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    /** Typed text that a spreadsheet would take for a formula gets a leading apostrophe, which shows it as text. */
    public static String of(String typed) {
        return typed != null && !typed.isEmpty() && FORMULA_STARTS.indexOf(typed.charAt(0)) >= 0 ? "'" + typed : typed;
    }
}
