package fr.bocage.catalog;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.Gone;
import fr.bocage.platform.error.NotFound;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Circles;
import java.util.Set;

/**
 * Who may see a resource: everybody once published; before that, and after a withdrawal, its owner and the
 * moderators. To anybody else an unpublished resource answers exactly like one that does not exist, except a
 * withdrawn one, which says it is gone (its address was public).
 * <p>
 * A resource limited to a circle (the members of a network) is seen only by who is inside it, besides its owner and
 * the administrators; to anybody else it does not exist, withdrawn or not. The methods without the caller's
 * circles count them as none: they never show such a resource to an outsider.
 */
public final class ResourceAccess {
    private ResourceAccess() {
    }

    /** Publishing straight away is for those who moderate; anybody else's upload starts as their draft. */
    public static ResourceStatus statusOfNewUpload(Caller caller) {
        return caller.moderator() ? ResourceStatus.PUBLISHED : ResourceStatus.DRAFT;
    }

    /**
     * Trainings are not moderated: only those who may hold one (trainers, moderators, administrators) create them,
     * and they are published at once. A trainer's uploaded documents still start as drafts.
     */
    public static ResourceStatus statusOfNewTraining() {
        return ResourceStatus.PUBLISHED;
    }

    /** What a caller is told of a resource: shown, gone (it was public and was withdrawn), or nothing at all. */
    public enum Visibility { SHOWN, GONE, NOT_FOUND }

    /**
     * The one access decision for everything that is a resource (documents, reports, webinars, courses, materials,
     * and what the feature areas add): every page and endpoint asks it, through {@link #visible}.
     */
    public static Visibility visibility(Resource resource, Caller caller) {
        return visibility(resource, caller, Set.of());
    }

    /** @param circles the circles the caller is inside ({@link Circles#of}) */
    public static Visibility visibility(Resource resource, Caller caller, Set<String> circles) {
        if (isVisible(resource, caller, circles)) {
            return Visibility.SHOWN;
        }
        return resource.getStatus() == ResourceStatus.WITHDRAWN && inCircle(resource, caller, circles)
                ? Visibility.GONE : Visibility.NOT_FOUND;
    }

    /**
     * A material (slides, handouts) is seen only while its training is: withdrawing a webinar withdraws its slides
     * with it, for everybody who may not see the webinar itself.
     */
    public static Visibility visibility(Resource resource, Resource parent, Caller caller) {
        return visibility(resource, parent, caller, Set.of());
    }

    static Visibility visibility(Resource resource, Resource parent, Caller caller, Set<String> circles) {
        Visibility ofParent = parent == null ? Visibility.SHOWN : visibility(parent, caller, circles);
        return ofParent == Visibility.SHOWN ? visibility(resource, caller, circles) : ofParent;
    }

    static Resource visible(Resource resource, Resource parent, Caller caller, Set<String> circles) {
        return switch (visibility(resource, parent, caller, circles)) {
            case SHOWN -> resource;
            case GONE -> throw new Gone(Messages.format("resource.withdrawn", resource.getId()));
            case NOT_FOUND -> throw new NotFound(Messages.format("resource.not-found", resource.getId()));
        };
    }

    /** Published for everybody; before that, and after a withdrawal, for its owner and the moderators. */
    public static boolean isVisible(Resource resource, Caller caller) {
        return isVisible(resource, caller, Set.of());
    }

    /** As above, and inside its circle if it has one. */
    public static boolean isVisible(Resource resource, Caller caller, Set<String> circles) {
        return inCircle(resource, caller, circles) && (resource.isPublished() || followsModeration(resource, caller));
    }

    /**
     * Public, or limited to a circle the caller is inside, or theirs, or the caller administers. A moderator outside
     * the circle is an outsider: members-only content is moderated by the circle's own animators.
     */
    static boolean inCircle(Resource resource, Caller caller, Set<String> circles) {
        return Circles.sees(circles, resource.getCircle()) || caller.admin() || caller.owns(resource);
    }

    /** The owner and the moderators see a resource's status and the moderators' last word on it. */
    public static boolean followsModeration(Resource resource, Caller caller) {
        return caller.ownsOrModerates(resource);
    }

    static void requireEditor(Resource resource, Caller caller) {
        Workflow.requireEdit(resource.getStatus(), Workflow.Actor.of(caller, resource));
    }
}
