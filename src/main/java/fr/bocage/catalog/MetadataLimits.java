package fr.bocage.catalog;

/**
 * The longest values a description may hold, in characters: what validation accepts, what is kept from a file's own
 * metadata, and the lengths of the RESOURCE columns, from one place so that whatever is accepted fits. Lists are
 * kept one value a line in one column ({@link StringListConverter}), whose length is that of a full list.
 */
public final class MetadataLimits {
    public static final int TITLE = 500;
    public static final int SUMMARY = 10_000;
    public static final int ORGANISATION = 300;
    public static final int AUTHOR = 200;
    public static final int AUTHORS = 50;
    public static final int KEYWORD = 100;
    public static final int KEYWORDS = 50;
    /** Every author at full length, one a line. */
    public static final int AUTHORS_COLUMN = AUTHORS * (AUTHOR + 1);
    public static final int KEYWORDS_COLUMN = KEYWORDS * (KEYWORD + 1);

    private MetadataLimits() {
    }
}
