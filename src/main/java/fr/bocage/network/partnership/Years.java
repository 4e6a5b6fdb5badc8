package fr.bocage.network.partnership;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import java.util.Map;

/** A period in years, as conventions and programmes give them: the end, when told, is not before the start. */
final class Years {
    private Years() {
    }

    static void requireOrdered(Integer start, Integer end) {
        if (start != null && end != null && end < start) {
            String message = Messages.format("partnership.years.order", start, end);
            throw new InvalidInput(InvalidInput.Reason.INVALID, message, Map.of("endYear", message));
        }
    }

    /** « 2018–2021 », « depuis 2019 », or nothing. */
    static String label(Integer start, Integer end) {
        if (start == null) {
            return "";
        }
        return end == null ? Messages.format("partnership.years.since", start)
                : start.equals(end) ? String.valueOf(start) : start + "–" + end;
    }
}
