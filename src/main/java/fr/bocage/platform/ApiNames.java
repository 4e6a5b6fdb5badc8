package fr.bocage.platform;

import java.util.Locale;

/** How an enum constant is written in the API's JSON: {@code CHANGES_REQUESTED} is {@code changes-requested}. */
public final class ApiNames {
    private ApiNames() {
    }

    public static String of(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
