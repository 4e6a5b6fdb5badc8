package fr.bocage.network.partnership;

/** Where programmes' pages live. */
final class ProgrammePages {
    static final String PATH = "/programmes/";

    private ProgrammePages() {
    }
}
