package fr.bocage.network.newsletter;

/** The page /lettre/numeros/nouveau: the subject, then « Composer », which pre-selects what was published since. */
public record NewIssuePage(String since) {
}
