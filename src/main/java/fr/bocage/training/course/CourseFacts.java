package fr.bocage.training.course;

import fr.bocage.catalog.Resource;
import fr.bocage.portal.UiText;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.Locale;

/** What a visitor compares courses by, as the catalogue's cards and the course page show it, in French. */
public final class CourseFacts {
    private final Resource resource;
    private final Course course;
    private final Instant now;

    CourseFacts(Resource resource, Course course, Instant now) {
        this.resource = resource;
        this.course = course;
        this.now = now;
    }

    public String getLevel() {
        return course.getLevel().label();
    }

    public String getFormat() {
        return course.getFormat().label();
    }

    public String getDuration() {
        return course.getDuration();
    }

    /** « Gratuit », or « 350,00 € ». */
    public String getPrice() {
        return course.isFree() ? UiText.format("course.free")
                : NumberFormat.getCurrencyInstance(Locale.FRANCE).format(course.getPrice());
    }

    public String getProvider() {
        return resource.description().organisation();
    }

    /** « 29 mars 2027 à 10h00, Rennes », or null when no session is to come. */
    public String getNextSession() {
        return course.nextSession(now).map(SessionRow::dateAndPlace).orElse(null);
    }
}
