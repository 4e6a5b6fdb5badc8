package fr.bocage.network.partnership;

import java.math.BigDecimal;
import java.util.List;

/** A partnership's own fields, checked: parties are existing actors, the programme exists, the years in order. */
record PartnershipDetails(PartnershipScale scale, int startYear, Integer endYear, BigDecimal budget, Long programmeId,
        List<Long> parties, List<String> objectives) {
}
