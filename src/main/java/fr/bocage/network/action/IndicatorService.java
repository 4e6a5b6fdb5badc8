package fr.bocage.network.action;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.Conflict;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.error.NotFound;
import fr.bocage.platform.rest.ApiNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * The indicator catalogue's changes, by administrators. An indicator is never deleted nor its code changed: values
 * of actions refer to it. Changing its aggregation changes every figure of the results at once, on purpose.
 */
@ApplicationScoped
@Transactional
public class IndicatorService {

    @Inject
    IndicatorRepository indicators;

    @Inject
    Event<IndicatorsChanged> changes;

    public Indicator add(IndicatorInput input) {
        if (input.code() == null || input.code().isBlank()) {
            String message = Messages.get("indicator.code.required");
            throw new InvalidInput(InvalidInput.Reason.INVALID, message, Map.of("code", message));
        }
        if (indicators.find(input.code()).isPresent()) {
            throw new Conflict(Messages.format("indicator.exists", input.code()));
        }
        Indicator indicator = new Indicator(input.code(), input.label(), input.unit(), aggregation(input),
                indicators.all().size() + 1);
        indicators.persist(indicator);
        changes.fire(new IndicatorsChanged());
        return indicator;
    }

    public Indicator change(String code, IndicatorInput input) {
        Indicator indicator = indicators.find(code)
                .orElseThrow(() -> new NotFound(Messages.format("indicator.not-found", code)));
        if (input.code() != null && !input.code().equals(code)) {
            String message = Messages.get("indicator.code.fixed");
            throw new InvalidInput(InvalidInput.Reason.INVALID, message, Map.of("code", message));
        }
        indicator.describe(input.label(), input.unit(), aggregation(input));
        changes.fire(new IndicatorsChanged());
        return indicator;
    }

    private static Aggregation aggregation(IndicatorInput input) {
        return ApiNames.parse(Aggregation.class, input.aggregation()).orElseThrow();
    }
}
