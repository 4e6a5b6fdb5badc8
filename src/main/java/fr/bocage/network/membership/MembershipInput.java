package fr.bocage.network.membership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A request to join a network, or a member's profile changed, as a client or the form sends it. The organisation is
 * a published actor of the directory ({@code actorId}) or one proposed with the request ({@code newActor}, a draft
 * sent to moderation), or none. Territory and interests are vocabulary codes or labels. {@code consent} is required
 * to join (checked by {@code MembershipService.request}, not here: a profile change does not ask it again).
 */
public record MembershipInput(
        Long actorId,
        @Valid ProposedActor newActor,
        @Size(max = 200, message = "{bocage.membership.role.size}") String role,
        @Size(max = 200, message = "{bocage.code.size}") String territory,
        @Size(max = 20, message = "{bocage.list.size}")
        List<@Size(max = 200, message = "{bocage.code.size}") String> interests,
        boolean showOrganisation, boolean showRole, boolean showTerritory, boolean showEmail, boolean receivesList,
        boolean consent) {

    /** The fields of the form, in the page's order (the error summary follows it). */
    public static final List<String> FIELDS = List.of("actorId", "newActorName", "newActorKind", "newActorCommune",
            "role", "territory", "interests", "consent");

    public MembershipInput {
        role = blankToNull(role);
        territory = blankToNull(territory);
        interests = interests == null ? List.of()
                : interests.stream().filter(i -> i != null && !i.isBlank()).map(String::strip).distinct().toList();
    }

    /** An organisation proposed with the request: it becomes a draft actor, sent to the moderators. */
    public record ProposedActor(
            @jakarta.validation.constraints.NotBlank(message = "{bocage.membership.actor.name.required}")
            @Size(max = 200, message = "{bocage.membership.actor.name.size}") String name,
            @jakarta.validation.constraints.NotBlank(message = "{bocage.actor.kind.required}")
            @Size(max = 50, message = "{bocage.actor.kind.invalid}") String kind,
            @Size(max = 200, message = "{bocage.actor.commune.size}") String commune) {

        public ProposedActor {
            name = blankToNull(name);
            kind = blankToNull(kind);
            commune = blankToNull(commune);
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
