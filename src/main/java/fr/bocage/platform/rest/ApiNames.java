package fr.bocage.platform.rest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How an enum constant is written in the API's JSON: {@code CHANGES_REQUESTED} is {@code changes-requested}. */
public final class ApiNames {
    private ApiNames() {
    }

    public static String of(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant of {@code type} written {@code name} in the API, if any. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> of(e).equals(name)).findFirst();
    }
}
