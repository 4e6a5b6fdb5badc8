package fr.bocage.network.project;

import fr.bocage.platform.security.Caller;

/**
 * Where a caller stands in one project, the one decision of who may use its private space and whose self-diagnosis
 * answers: its coordinators and the administrators run the project and read every organisation's answers; a member
 * sees the private space and the answers of the organisation it speaks for only.
 *
 * @param member the caller's membership; null when not a member
 */
public record ProjectStanding(Project project, Caller caller, ProjectMember member) {

    /** Coordinates the project, or administers the site. */
    public boolean runs() {
        return ProjectAccess.mayEdit(project, caller);
    }

    public boolean isMember() {
        return member != null;
    }

    /** Sees the members' space: documents and news shared with the project only, the members list. */
    public boolean seesPrivateSpace() {
        return runs() || (isMember() && project.isPublished());
    }

    /** Reads and (as a member) edits the answers of the organisation {@code actorId}. */
    public boolean speaksFor(long actorId) {
        return isMember() && member.getActorId() == actorId && project.isPublished();
    }

    /** Reads the answers of the organisation {@code actorId}: its own members and those who run the project. */
    public boolean readsAnswersOf(long actorId) {
        return runs() || speaksFor(actorId);
    }
}
