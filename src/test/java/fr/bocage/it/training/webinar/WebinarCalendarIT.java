package fr.bocage.it.training.webinar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.it.Api;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Token;
import fr.bocage.event.calendar.StrictCalendar;
import jakarta.json.Json;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The webinars' calendars: one webinar, and the feed of upcoming ones by theme, as valid iCalendar. */
class WebinarCalendarIT {

    private static Calendar calendar(Api.Answer answer) throws Exception {
        assertEquals("text/calendar;charset=utf-8",
                answer.header("Content-Type").orElseThrow().toLowerCase().replaceAll("[\" ]", ""));
        Calendar calendar = StrictCalendar.parse(answer.text());
        calendar.validate();
        assertEquals(1, calendar.getComponents(Component.VTIMEZONE).size());
        return calendar;
    }

    private static List<String> summaries(Calendar calendar) {
        return calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .map(e -> e.getSummary().orElseThrow().getValue()).toList();
    }

    @Test
    void theFeedListsUpcomingPublishedWebinarsOfATheme() throws Exception {
        Caller trainer = WebinarIT.trainer();
        String water = "Rivières " + Token.next();
        String biodiversity = "Haies " + Token.next();
        Instant start = Instant.now().plus(40, ChronoUnit.DAYS);
        long id = WebinarIT.schedule(trainer, WebinarIT.webinar(biodiversity, "Haies.", start, 10));
        WebinarIT.schedule(trainer, WebinarIT.webinar(water, "Rivières.", start, 10).add("metadata",
                Json.createObjectBuilder().add("title", water).add("themes", Json.createArrayBuilder().add("Eau et milieux aquatiques"))));

        List<String> all = summaries(calendar(Api.get("/webinaires.ics").expect(200)));
        assertTrue(all.contains(water) && all.contains(biodiversity), all.toString());
        List<String> byCode = summaries(calendar(Api.get("/webinaires.ics?theme=water").expect(200)));
        assertTrue(byCode.contains(water) && !byCode.contains(biodiversity), byCode.toString());
        List<String> byLabel = summaries(calendar(Api.get("/webinaires.ics?theme=Biodiversit%C3%A9").expect(200)));
        assertTrue(byLabel.contains(biodiversity) && !byLabel.contains(water), byLabel.toString());
        Api.get("/webinaires.ics?theme=inconnu").expect(400);

        Api.Answer one = Api.get("/api/webinars/" + id + "/ics").expect(200);
        List<VEvent> events = calendar(one).getComponents(Component.VEVENT);
        assertEquals(List.of(biodiversity), summaries(calendar(one)));
        assertTrue(events.get(0).getLocation().isEmpty(), "no joining link in a public calendar");
        assertFalse(one.text().contains("visio.example"));
        Api.get("/api/webinars/999999999/ics").expect(404);
    }
}
