package fr.bocage.network.action;

import fr.bocage.platform.rest.ApiNames;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** An indicator of the catalogue as the API shows it; {@code aggregation}: sum, max or count. */
@JsonbPropertyOrder({"code", "label", "unit", "aggregation"})
public record IndicatorView(String code, String label, String unit, String aggregation) {

    static IndicatorView of(Indicator i) {
        return new IndicatorView(i.getCode(), i.getLabel(), i.getUnit(), ApiNames.of(i.getAggregation()));
    }
}
