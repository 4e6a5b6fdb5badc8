package fr.bocage.network.diagnosis;

/** The refusals the self-diagnosis API documents on its operations, said once for its two resources. */
final class ApiAnswers {
    static final String FORBIDDEN = "Réservé aux membres du projet et à ceux qui le coordonnent";
    static final String RUNNERS = "Réservé aux coordinateurs du projet et aux administrateurs";
    static final String UNKNOWN = "Projet inconnu (ou brouillon), ou numéro inconnu dans ce projet";

    private ApiAnswers() {
    }
}
