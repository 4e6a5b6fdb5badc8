package fr.bocage.portal;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.Locale;
import java.util.ResourceBundle;

/** The portal's French strings for the few texts composed in Java; the pages read the same bundle. */
final class UiText {
    static final String BUNDLE = "fr.bocage.portal.ui";
    static final Locale FRENCH = Locale.FRENCH;
    /** The time zone the portal shows dates in. */
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle(BUNDLE, FRENCH);

    private UiText() {
    }

    static String format(String key, Object... arguments) {
        return new MessageFormat(TEXTS.getString(key), FRENCH).format(arguments);
    }
}
