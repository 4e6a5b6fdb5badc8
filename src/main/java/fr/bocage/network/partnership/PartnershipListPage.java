package fr.bocage.network.partnership;

import fr.bocage.platform.rest.ApiNames;
import java.util.Arrays;
import java.util.List;

/** « Partenariats »: the published partnerships by scale, the regional convention first; then the programmes. */
public record PartnershipListPage(List<Group> groups, List<ProgrammeView> programmes) {

    /** @param scale the scale's code, which names its label ({@code partnership.scale.*}) */
    public record Group(String scale, List<PartnershipCard> partnerships) {
    }

    static PartnershipListPage of(List<PartnershipView> published, List<ProgrammeView> programmes) {
        List<Group> groups = Arrays.stream(PartnershipScale.values())
                .map(scale -> new Group(ApiNames.of(scale), published.stream()
                        .filter(p -> p.scale().equals(ApiNames.of(scale)))
                        .map(PartnershipCard::of).toList()))
                .filter(g -> !g.partnerships().isEmpty()).toList();
        return new PartnershipListPage(groups, programmes);
    }
}
