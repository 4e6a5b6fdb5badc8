package fr.bocage.network.project;

/**
 * What an action produced, as the catalogue keeps it: any published resource, an event of the agenda, or a webinar
 * of the training catalogue, each a resource of its own type.
 */
public enum OutputKind {
    RESOURCE(null), EVENT("event"), WEBINAR("webinar");

    /** The catalogue's type its resource must have; null for any. */
    private final String type;

    OutputKind(String type) {
        this.type = type;
    }

    boolean accepts(String resourceType) {
        return type == null || type.equals(resourceType);
    }
}
