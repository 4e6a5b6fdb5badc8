package fr.bocage.catalog;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.Conflict;
import fr.bocage.platform.error.Forbidden;
import fr.bocage.platform.security.Caller;
import java.util.Map;
import java.util.Optional;

/**
 * Which resources take materials (the slides of a webinar, the handouts of a course) and who may attach them. A
 * material is a resource of its own, found by search like any document; its text also counts for its parent, so
 * that a word said on a slide finds the webinar.
 */
public final class Materials {
    private static final Map<String, String> MATERIAL_TYPES = Map.of(
            "webinar", "webinar-material",
            "course", "course-material",
            "event", "event-material");

    private Materials() {
    }

    /** The type of the materials of a resource of type {@code parentType}, if it takes materials. */
    static Optional<String> typeFor(String parentType) {
        return Optional.ofNullable(parentType == null ? null : MATERIAL_TYPES.get(parentType));
    }

    /**
     * The type the parent's materials take; 409 for a resource that takes none, 403 for someone who may not. Trainings
     * are run by their trainer, the moderators and the administrators: they alone attach and remove materials,
     * whatever the status.
     */
    static String requireAttachable(Resource parent, Caller caller) {
        String type = typeFor(parent.description().type()).orElseThrow(() -> new Conflict(Messages.format("material.parent.type", parent.getId())));
        // An event is proposed by any contributor, and its materials are published at once: the moderators alone
        // attach them, so that nothing reaches the public unread.
        boolean mayAttach = "event".equals(parent.description().type()) ? caller.moderator()
                : caller.ownsOrModerates(parent);
        if (!mayAttach) {
            throw new Forbidden(Messages.format("material.forbidden", parent.getId()));
        }
        // A training is published at once; an unpublished « webinar » is a contributor's draft document or a
        // withdrawn training, and materials published beside it would be public while it is not.
        if (!parent.isPublished()) {
            throw new Conflict(Messages.format("material.parent.unpublished", parent.getId()));
        }
        return type;
    }
}
