package fr.bocage.platform;

import java.util.function.Predicate;

/** Questions about an exception's cause chain, where a runtime wraps what the database or JDBC threw. */
public final class Causes {
    private Causes() {
    }

    /** Whether the exception or any of its causes matches. */
    public static boolean anyMatch(Throwable e, Predicate<Throwable> test) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }
}
