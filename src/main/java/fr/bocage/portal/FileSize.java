package fr.bocage.portal;

/** A byte count as French readers expect it: « 850 o », « 12 Ko », « 1,2 Mo » (decimal units, like file managers). */
public final class FileSize {
    private static final double KILO = 1000;

    private FileSize() {
    }

    public static String of(long bytes) {
        if (bytes < KILO) {
            return UiText.format("size.bytes", bytes);
        }
        if (bytes < KILO * KILO) {
            return UiText.format("size.kilobytes", bytes / KILO);
        }
        return UiText.format("size.megabytes", bytes / (KILO * KILO));
    }
}
