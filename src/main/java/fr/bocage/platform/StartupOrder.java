package fr.bocage.platform;

/** The order in which features initialise at start-up (lower first), each observing the application's start. */
public final class StartupOrder {
    /** The data folder is checked first: every later step writes there, and a missing one must say so plainly. */
    public static final int DATA_FOLDER = 1;
    /** Database changes that entities rely on, before anything reads them. */
    public static final int SCHEMA = 10;
    public static final int EXTRACTION = 50;
    public static final int VOCABULARIES = 100;
    public static final int ACCOUNTS = 200;
    public static final int INDEX = 300;
    public static final int STORE_SWEEP = 350;
    public static final int DEMO_CONTENT = 400;
    public static final int IMPORTS = 450;
    public static final int MAIL = 500;
    /** Last: asks for the busiest pages once everything else has started. */
    public static final int WARMUP = 900;

    private StartupOrder() {
    }
}
