package fr.bocage.network.action;

import java.math.BigDecimal;
import java.util.List;

/** An action's own fields, checked: enums resolved, actors and resources existing, indicators of the catalogue. */
record ActionDetails(Long leadActor, List<Long> partners, String commune, Integer startYear, Integer endYear,
        ActionProgress progress, BigDecimal budget, List<String> funders, ActionScheme scheme, List<Long> links,
        List<IndicatorValue> values) {
}
