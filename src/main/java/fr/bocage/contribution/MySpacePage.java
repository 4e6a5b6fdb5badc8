package fr.bocage.contribution;

import java.util.List;

/** The contributor's dashboard. */
public record MySpacePage(List<ContributionRow> contributions) {
}
