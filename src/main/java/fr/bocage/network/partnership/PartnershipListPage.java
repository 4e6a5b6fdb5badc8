package fr.bocage.network.partnership;

import java.util.Arrays;
import java.util.List;

/**
 * « Partenariats »: the published partnerships by scale, the regional convention first; then the programmes.
 *
 * @param mayEnter whether the reader enters partnerships (moderators): they get the link to the form
 */
public record PartnershipListPage(List<Group> groups, List<ProgrammeView> programmes, boolean mayEnter) {

    /** @param scale the scale's code, an anchor; {@code label} its name */
    public record Group(String scale, String label, List<PartnershipCard> partnerships) {
    }

    static PartnershipListPage of(List<PartnershipView> published, List<ProgrammeView> programmes, boolean mayEnter) {
        List<Group> groups = Arrays.stream(PartnershipScale.values())
                .map(scale -> new Group(scale.code(), scale.label(), published.stream()
                        .filter(p -> p.scale().equals(scale.code()))
                        .map(PartnershipCard::of).toList()))
                .filter(g -> !g.partnerships().isEmpty()).toList();
        return new PartnershipListPage(groups, programmes, mayEnter);
    }
}
