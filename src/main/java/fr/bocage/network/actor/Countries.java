package fr.bocage.network.actor;

import java.util.Locale;

/** Countries as actors carry them: ISO 3166 codes, named in French for the pages. */
public final class Countries {
    /** Where an actor is when nobody said otherwise: Bocage began as a French network. */
    public static final String FRANCE = "FR";

    private Countries() {
    }

    /** « Sénégal » for « SN »; the code itself when Java knows no such country. */
    public static String name(String code) {
        String name = new Locale("", code).getDisplayCountry(Locale.FRENCH);
        return name.isBlank() ? code : name;
    }
}
