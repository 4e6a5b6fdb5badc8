package fr.bocage.training;

import fr.bocage.catalog.Resource;
import java.util.Optional;

/** Webinars and courses have pages of their own, richer than the resource page that search links to. */
public final class TrainingPaths {
    /** The course catalogue's page of one course. */
    static final String COURSE = "/formations/";

    private TrainingPaths() {
    }

    /** The training's own page, for a webinar or a course; nothing for any other resource. */
    public static Optional<String> pageOf(Resource resource) {
        return pageOf(resource.description().type(), resource.getId());
    }

    /** The page of the training {@code id} of type {@code type}; nothing for any other type. */
    public static Optional<String> pageOf(String type, long id) {
        if (Webinars.TYPE.equals(type)) {
            return Optional.of(WebinarPage.PATH + id);
        }
        if ("course".equals(type)) {
            return Optional.of(COURSE + id);
        }
        return Optional.empty();
    }
}
