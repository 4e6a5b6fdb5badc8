package fr.bocage.network.membership;

import java.util.List;

/**
 * A network's members' directory: for its members and animators; anybody else signed in gets this page with a 403,
 * {@code allowed} false and no member listed, and the way to ask to join.
 */
public record MembersPage(String networkName, String slug, boolean allowed, List<MemberCard> members) {
}
