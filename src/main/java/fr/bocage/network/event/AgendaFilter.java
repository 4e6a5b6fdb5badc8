package fr.bocage.network.event;

/**
 * The agenda's filters: kind, format and territory (codes), a month (« 2027-03 », in each event's own zone) and the
 * slug of a network. Null is any. Values that are none of the known ones simply match nothing: a filter never fails.
 */
public record AgendaFilter(String kind, String format, String territory, String month, String network) {
    public static final AgendaFilter NONE = new AgendaFilter(null, null, null, null, null);

    public AgendaFilter {
        kind = blankToNull(kind);
        format = blankToNull(format);
        territory = blankToNull(territory);
        month = blankToNull(month);
        network = blankToNull(network);
    }

    boolean accepts(EventCard card) {
        return (kind == null || kind.equals(card.kind())) && (format == null || format.equals(card.format()))
                && (territory == null || territory.equals(card.territory()))
                && (month == null || month.equals(card.month()))
                && (network == null || network.equals(card.network()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
