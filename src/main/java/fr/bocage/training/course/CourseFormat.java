package fr.bocage.training.course;

import fr.bocage.platform.Messages;
import fr.bocage.platform.rest.ApiNames;




/**
 * How a course is followed; its API name (self-paced, in-person, remote, blended) is also its value in the search
 * facet {@code modality} (the facet {@code format} is a document's file format).
 */
public enum CourseFormat {
    SELF_PACED, IN_PERSON, REMOTE, BLENDED;

    public String code() {
        return ApiNames.of(this);
    }

    public String label() {
        return Messages.get("course.format." + code());
    }

    /** A self-paced e-learning is followed at any time: it has no dated session. */
    public boolean hasSessions() {
        return this != SELF_PACED;
    }
}
