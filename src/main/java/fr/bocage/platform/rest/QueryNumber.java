package fr.bocage.platform.rest;

import fr.bocage.platform.error.InvalidInput;

/** An integer query parameter, such as a page: absent is the default, anything else an integer within bounds. */
public final class QueryNumber {
    private QueryNumber() {
    }

    /** @throws InvalidInput with {@code refusal}, for anything but an integer from {@code min} to {@code max} */
    public static int read(String value, int fallback, int min, int max, String refusal) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused as a number out of bounds is
        }
        throw new InvalidInput(refusal);
    }
}
