package fr.bocage.catalog;

import java.util.List;

/** One page of the moderation queue, the longest waiting first, and how many resources wait in all. */
public record QueuePage(List<Resource> resources, long total, int page, int size) {
    /** The API's pages, and the bound of any: a page of the portal shows {@link #PORTAL_SIZE}. */
    public static final int MAX_SIZE = 1_000;
    public static final int PORTAL_SIZE = 50;

    public QueuePage {
        resources = List.copyOf(resources);
    }

    /** How many pages the queue fills, at least one. */
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
