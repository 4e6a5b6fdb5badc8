package fr.bocage.it.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.bocage.it.Api;
import fr.bocage.it.Chromium;
import fr.bocage.it.Mailbox;
import fr.bocage.it.Token;
import fr.bocage.it.training.webinar.Registrations;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 14's journey in a real headless Chromium, with axe: a visitor in Paris finds a meeting in La Réunion in
 * the agenda, reads it at 9 h 00 La Réunion time with their own time beside it, registers, confirms from the
 * e-mailed link, and the calendar files put it at 05:00 UTC.
 */
class EventJourneyBrowserIT {
    private static final ZoneId VISITOR_ZONE = ZoneId.of("Europe/Paris");

    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.server();

    @Test
    void registerForAMeetingInLaReunionAndCheckTheCalendarsTimeZone() throws Exception {
        int year = LocalDate.now().getYear() + 1;
        String title = "Rencontre des haies réunionnaises " + Token.next();
        long id = EventIT.published(Api.createAccount("animatrice-" + Token.next(), "contributor"),
                EventIT.event(title, "la-reunion", "in-person", year + "-03-04T09:00", year + "-03-04T16:00", 20));
        Instant start = Instant.parse(year + "-03-04T05:00:00Z");
        String email = "visiteuse-" + Token.next() + "@exemple.fr";
        String page = Api.BASE + "/agenda/" + id;

        try (Chromium chromium = new Chromium()) {
            WebDriver driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            ((HasCdp) driver).executeCdpCommand("Emulation.setTimezoneOverride",
                    Map.of("timezoneId", VISITOR_ZONE.getId()));

            driver.get(Api.BASE + "/agenda?territory=la-reunion");
            chromium.checkAccessibility("agenda");
            driver.findElement(By.cssSelector(".agenda-events")).findElement(By.linkText(title)).click();
            wait.until(ExpectedConditions.urlToBe(page));
            WebElement time = driver.findElement(By.cssSelector(".webinar-when time"));
            assertEquals(start.toString(), time.getDomAttribute("datetime"));
            assertTrue(time.getText().contains("9 h 00 – 16 h 00, heure de La Réunion"), time.getText());
            String visitorsTime = DateTimeFormatter.ofPattern("HH:mm").format(start.atZone(VISITOR_ZONE));
            String localTime = driver.findElement(By.cssSelector(".webinar-when .local-time")).getText();
            assertTrue(localTime.contains(visitorsTime), localTime);
            chromium.checkAccessibility("event, visitor");

            WebElement form = driver.findElement(By.cssSelector("[aria-labelledby=register-title] form"));
            form.findElement(By.id("name")).sendKeys("Camille Hoarau");
            form.findElement(By.id("email")).sendKeys(email);
            form.findElement(By.id("consent")).click();
            form.findElement(By.cssSelector("button[type=submit]")).click();
            wait.until(ExpectedConditions.urlToBe(page + "?inscription=demandee#inscription-etat"));
            chromium.checkAccessibility("event, registration requested");

            driver.get(Mailbox.link(MAIL, email, Registrations.CONFIRM_PAGE));
            chromium.checkAccessibility("registration to confirm");
            driver.findElement(By.xpath("//button[normalize-space()='Confirmer mon inscription']")).click();
            wait.until(ExpectedConditions.urlToBe(page + "?inscription=confirmee"));
            assertTrue(driver.findElement(By.cssSelector("main .notice[role=status]")).getText()
                    .contains("Votre inscription est confirmée."));
            chromium.checkAccessibility("event, registered");

            String icsPath = driver.findElement(By.linkText("Ajouter à mon agenda (.ics)")).getDomAttribute("href");
            VEvent entry = EventIT.onlyEvent(Api.get(icsPath).expect(200).text());
            assertEquals(year + "0304T050000Z", entry.getDateTimeStart().orElseThrow().getValue());
            VEvent invitation = EventIT.onlyEvent(Mailbox.calendars(MAIL, email, 1).get(0));
            assertEquals(start, ZonedDateTime.from(invitation.getDateTimeStart().orElseThrow().getDate()).toInstant());
        }
    }
}
