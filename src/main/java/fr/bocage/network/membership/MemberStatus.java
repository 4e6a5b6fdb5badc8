package fr.bocage.network.membership;

/** Where a membership stands: asked, then accepted or refused by an animator; a member may leave. */
public enum MemberStatus {
    PENDING, ACCEPTED, REFUSED, LEFT
}
