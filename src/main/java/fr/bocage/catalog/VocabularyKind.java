package fr.bocage.catalog;

/**
 * The controlled vocabularies of the resource model. Which vocabularies exist is part of the model; their terms
 * are data (seeded at first start, extensible by an administrator).
 */
public enum VocabularyKind {
    TYPE("type"),
    THEME("theme"),
    TERRITORY("territory"),
    AUDIENCE("audience"),
    LICENCE("licence"),
    LANGUAGE("language");

    private final String parameter;

    VocabularyKind(String parameter) {
        this.parameter = parameter;
    }

    /** The name used in the API (form parts, query parameters, JSON keys). */
    public String parameter() {
        return parameter;
    }

    public static VocabularyKind fromParameter(String name) {
        for (VocabularyKind kind : values()) {
            if (kind.parameter.equalsIgnoreCase(name)) {
                return kind;
            }
        }
        return null;
    }
}
