package fr.bocage.training.webinar;

import fr.bocage.platform.web.Routes;
import fr.bocage.event.material.MaterialLink;
import java.util.List;

/**
 * A webinar as the portal shows it: in its list, at the head of its page and of a registrant's personal page. Times
 * are in Paris ({@code when}, {@code endTime}); {@code startsAt} is the ISO instant the page's script turns into the
 * visitor's own time when their zone differs. {@code running}: started and not yet over. {@code joinUrl} is set only for those who may join: confirmed registrants and those who run it.
 */
public record WebinarCard(long id, String title, String summary, String when, String endTime, String startsAt,
        int durationMinutes, List<Speaker> speakers, String series, List<String> themes, List<String> audiences,
        String territory, int capacity, long placesLeft, boolean registrationOpen, boolean running, boolean ended, String replayUrl,
        String recap, List<MaterialLink> materials, String joinUrl, String myRegistration) {

    /** The portal's address of a webinar's page: /webinaires/{id}. */
    public String url() {
        return Routes.webinar(id);
    }

    public String icsUrl() {
        return "/api/webinars/" + id + "/ics";
    }

    public boolean full() {
        return placesLeft == 0;
    }
}
