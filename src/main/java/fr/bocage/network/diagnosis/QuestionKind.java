package fr.bocage.network.diagnosis;

import fr.bocage.platform.Messages;
import fr.bocage.platform.rest.ApiNames;

/** What a question asks for, and so how its response is read and scored ({@link Scores}). */
public enum QuestionKind {
    /** A point from 1 to 5, each with its label. */
    SCALE,
    /** One of its choices, each carrying a score. */
    SINGLE_CHOICE,
    /** Any of its choices, each carrying a score. */
    MULTIPLE_CHOICE,
    /** A number; not scored. */
    NUMBER,
    /** Free text; not scored. */
    TEXT;

    /** The points of a scale. */
    public static final int SCALE_POINTS = 5;

    public String code() {
        return ApiNames.of(this);
    }

    public String label() {
        return Messages.get("diagnosis.kind." + code());
    }

    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
