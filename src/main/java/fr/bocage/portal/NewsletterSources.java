package fr.bocage.portal;

import fr.bocage.catalog.Resource;
import java.time.Instant;
import java.util.List;

/**
 * What a feature offers the newsletter: its items published since a date (the last issue sent), each still
 * published now. The portal gives the documents of the catalog; the trainings, the actions (and later news and
 * events) give theirs, each with its own page. The newsletter looks them all up through CDI.
 */
public interface NewsletterSources {

    /** The items published since {@code since}, newest first, at most {@code limit}. */
    List<Published> since(Instant since, int limit);

    /**
     * One item.
     *
     * @param resourceId  the resource it is (checked again before it is shown or sent: a withdrawn one never goes)
     * @param kind        its kind, a key suffix of {@code newsletter.kind.*} in ui.properties (resource, course…)
     * @param path        its page, a portal path starting with a slash (the newsletter makes it absolute)
     * @param themes      its themes' codes, which subscribers' preferences match
     */
    record Published(long resourceId, String kind, String title, String summary, String path, Instant publishedAt,
            List<String> themes) {
        public Published {
            themes = themes == null ? List.of() : List.copyOf(themes);
        }

        /** A published resource as an item of {@code kind} whose page is {@code path}. */
        public static Published of(Resource resource, String kind, String path) {
            var d = resource.description();
            Instant at = resource.getDecidedAt() != null ? resource.getDecidedAt() : resource.getCreatedAt();
            return new Published(resource.getId(), kind, d.title(), d.summary(), path, at, d.themes());
        }
    }
}
