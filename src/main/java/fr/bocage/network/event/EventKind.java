package fr.bocage.network.event;

import fr.bocage.portal.UiText;

/** What kind of gathering an event is: a facet of the agenda and of search. */
public enum EventKind {
    NETWORK_MEETING("network-meeting"),
    TECHNICAL_DAY("technical-day"),
    SEMINAR("seminar"),
    GATHERING("gathering"),
    OTHER("other");

    private final String code;

    EventKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String label() {
        return UiText.format("event.kind." + code);
    }

    public static java.util.Optional<EventKind> of(String code) {
        return java.util.Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
