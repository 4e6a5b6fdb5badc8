package fr.bocage.it.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.it.Api;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Chromium;
import fr.bocage.it.Token;
import fr.bocage.it.contribution.ContributionJourneyBrowserIT;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 14's form to propose an event, in headless Chromium with axe: a network's animator proposes a meeting in
 * La Réunion from the agenda, with an organiser and the network chosen by name; a missing time, then an end before
 * the start, come back named beside their field, focused; once corrected, the event goes to moderation, at 9 h 00
 * La Réunion time.
 */
class EventFormBrowserIT {

    @Test
    void anAnimatorProposesAnEventInTheirNetworkAndCorrectsItsEnd() throws IOException {
        String animator = "animatrice-" + Token.next().substring(1, 7);
        Caller caller = Api.createAccount(animator, "contributor");
        String slug = EventIT.network(animator);
        String organiser = "Association des ravines " + Token.next();
        long actor = Api.post("/api/actors", Api.createAccount("moderatrice-" + Token.next(), "moderator"),
                ActorIT.actor(organiser, "Nous gérons des ravines.", "ravines-" + Token.next() + "@example.org")
                        .build()).expect(201).locationId();
        int year = LocalDate.now().getYear() + 1;
        String title = "Rencontre des ravines " + Token.next();

        try (Chromium chromium = new Chromium()) {
            WebDriver driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            ContributionJourneyBrowserIT.logIn(driver, wait, animator, Api.passwordOf(animator));

            driver.get(Api.BASE + "/agenda");
            driver.findElement(By.linkText("Proposer un rendez-vous")).click();
            wait.until(ExpectedConditions.urlToBe(Api.BASE + "/agenda/proposer"));
            chromium.checkAccessibility("event form");

            driver.findElement(By.id("title")).sendKeys(title);
            driver.findElement(By.id("summary")).sendKeys("Gestion des ravines et des haies brise-vent.");
            new Select(driver.findElement(By.id("kind"))).selectByVisibleText("Journée technique");
            new Select(driver.findElement(By.id("format"))).selectByVisibleText("En présentiel");
            type(driver, "startDate", year + "-03-04");
            type(driver, "startTime", "09:00");
            type(driver, "endDate", year + "-03-04");
            driver.findElement(By.id("placeName")).sendKeys("Conservatoire botanique");
            driver.findElement(By.id("commune")).sendKeys("Saint-Leu");
            driver.findElement(By.id("programme")).sendKeys("9 h : accueil. 10 h : visite d'une ravine.");
            WebElement capacity = driver.findElement(By.id("capacity"));
            capacity.clear();
            capacity.sendKeys("25");
            new Select(driver.findElement(By.id("organiser"))).selectByVisibleText(organiser);
            new Select(driver.findElement(By.id("network"))).selectByVisibleText("Réseau " + slug);
            new Select(driver.findElement(By.id("territory"))).selectByValue("la-reunion");
            driver.findElement(By.cssSelector("input[name=theme][value=biodiversity]")).click();
            driver.findElement(By.cssSelector("button[name=submit]")).click();
            refused(driver, wait, "endTime", "Heure de fin", "Donnez l'heure");
            chromium.checkAccessibility("event form, a time missing");

            type(driver, "endTime", "08:00");
            driver.findElement(By.cssSelector("button[name=submit]")).click();
            refused(driver, wait, "endDate", "Date de fin", "après le début");
            assertEquals(title, driver.findElement(By.id("title")).getDomProperty("value"), "what was typed stays");
            assertEquals(organiser, new Select(driver.findElement(By.id("organiser"))).getFirstSelectedOption()
                    .getText());
            chromium.checkAccessibility("event form refused");

            type(driver, "endTime", "16:00");
            driver.findElement(By.cssSelector("button[name=submit]")).click();
            wait.until(ExpectedConditions.urlContains("?soumis=1"));
            long id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/agenda/(\\d+)\\?.*", "$1"));
            assertTrue(driver.findElement(By.cssSelector("main .notice[role=status]")).getText()
                    .contains("envoyé à la modération"));
            WebElement time = driver.findElement(By.cssSelector(".webinar-when time"));
            assertTrue(time.getText().contains("9 h 00 – 16 h 00, heure de La Réunion"), time.getText());
            assertEquals("/reseaux/" + slug, driver.findElement(By.linkText("Réseau " + slug)).getDomAttribute("href"));
            chromium.checkAccessibility("event submitted");

            JsonObject event = Api.get("/api/events/" + id, caller).expect(200).json();
            assertEquals("submitted", event.getString("status"));
            assertEquals(year + "-03-04T05:00:00Z", event.getString("startsAt"));
            assertEquals("Indian/Reunion", event.getString("timeZone"), "the territory's zone by default");
            assertEquals(slug, event.getString("network"));
            assertEquals(actor, event.getJsonNumber("organiser").longValue());
            assertEquals(25, event.getInt("capacity"));
        }
    }

    /** The form came back with {@code field} alone in error, named {@code label}, focused, its message beside it. */
    private static void refused(WebDriver driver, WebDriverWait wait, String field, String label, String message) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
        List<String> named = driver.findElements(By.cssSelector(".error-summary li a")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of(label), named);
        WebElement focused = driver.switchTo().activeElement();
        assertEquals(field, focused.getAttribute("id"), "the field in error has the focus");
        assertEquals("true", focused.getAttribute("aria-invalid"));
        assertTrue(driver.findElement(By.id(field + "-error")).getText().contains(message));
    }

    /** A date or time input's value, as the browser's picker would set it (typing depends on the locale). */
    private static void type(WebDriver driver, String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
                driver.findElement(By.id(id)), value);
    }
}
