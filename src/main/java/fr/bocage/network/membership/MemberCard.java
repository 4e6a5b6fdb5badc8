package fr.bocage.network.membership;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * A member as the other members see them, in the directory and its API: the name always, and of the rest only
 * what the member chose to show; a field they keep to themself is null, never fetched into the page.
 *
 * @param organisation the actor's name; {@code organisationPage} its page in the directory
 * @param territory the territory's label
 */
@JsonbPropertyOrder({"name", "organisation", "organisationPage", "role", "territory", "email"})
public record MemberCard(String name, String organisation, String organisationPage, String role, String territory,
        String email) {

    /** What the directory knows of a member before their choices apply. */
    record Known(String name, String email, String organisation, String organisationPage, String territoryLabel) {
    }

    static MemberCard of(Member member, Known known) {
        MemberProfile shown = member.getProfile();
        return new MemberCard(known.name(),
                shown.showOrganisation() ? known.organisation() : null,
                shown.showOrganisation() ? known.organisationPage() : null,
                shown.showRole() ? shown.role() : null,
                shown.showTerritory() ? known.territoryLabel() : null,
                shown.showEmail() ? known.email() : null);
    }
}
