package fr.bocage.network.partnership;

import java.util.List;

/** A programme's page: what it is, and the partnerships it funds. */
public record ProgrammePage(ProgrammeView programme, String years, List<PartnershipCard> partnerships) {
}
