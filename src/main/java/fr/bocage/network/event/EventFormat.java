package fr.bocage.network.event;

import fr.bocage.portal.UiText;

/** Where people attend: at the place, on line through the joining link, or either. */
public enum EventFormat {
    IN_PERSON("in-person"),
    REMOTE("remote"),
    HYBRID("hybrid");

    private final String code;

    EventFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String label() {
        return UiText.format("event.format." + code);
    }

    /** Whether a place is where one goes (in person or hybrid). */
    public boolean hasPlace() {
        return this != REMOTE;
    }

    /** Whether a joining link is how one attends (remote or hybrid). */
    public boolean hasLink() {
        return this != IN_PERSON;
    }

    public static java.util.Optional<EventFormat> of(String code) {
        return java.util.Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
