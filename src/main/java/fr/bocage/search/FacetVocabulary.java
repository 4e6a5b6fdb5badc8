package fr.bocage.search;

/** Labels for facet values, and the code behind a value a user typed as a code or a label. */
public interface FacetVocabulary {

    String label(String dimension, String code);

    /** The code for what a user typed; throws a client error naming the accepted values when there is none. */
    String code(String dimension, String input);
}
