package fr.bocage.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-facing French messages, kept in the {@code messages} resource bundle. Every text goes through
 * {@link MessageFormat}, so the bundle has one quoting rule: an apostrophe is written twice.
 */
public final class Messages {
    private static final Locale FRENCH = Locale.FRENCH;
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("fr.bocage.messages", FRENCH);

    private Messages() {
    }

    /** A message without arguments; it is still a MessageFormat pattern, so '' reads as one apostrophe. */
    public static String get(String key) {
        return format(key);
    }

    public static String get(String key, String fallback) {
        try {
            return format(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /** Whether the bundle has {@code key}: a text that has variants (one kind's words) falls back on the general one. */
    public static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }

    public static String format(String key, Object... arguments) {
        return new MessageFormat(BUNDLE.getString(key), FRENCH).format(arguments);
    }
}
