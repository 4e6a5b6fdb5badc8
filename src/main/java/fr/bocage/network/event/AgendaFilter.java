package fr.bocage.network.event;

/**
 * The agenda's filters: kind, format and territory (codes), and a month (« 2027-03 », in each event's own zone).
 * Null is any. Values that are none of the known ones simply match nothing: a filter never fails.
 */
public record AgendaFilter(String kind, String format, String territory, String month) {
    public static final AgendaFilter NONE = new AgendaFilter(null, null, null, null);

    public AgendaFilter {
        kind = blankToNull(kind);
        format = blankToNull(format);
        territory = blankToNull(territory);
        month = blankToNull(month);
    }

    boolean accepts(EventCard card) {
        return (kind == null || kind.equals(card.kind())) && (format == null || format.equals(card.format()))
                && (territory == null || territory.equals(card.territory()))
                && (month == null || month.equals(card.month()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
