package fr.bocage.it.alert;

import static fr.bocage.it.Api.Caller.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.bocage.it.Api;
import fr.bocage.it.Api.Form;
import fr.bocage.it.Chromium;
import fr.bocage.it.Mailbox;
import fr.bocage.it.Person;
import fr.bocage.it.Token;
import fr.bocage.it.contribution.ContributionJourneyBrowserIT;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The journey of issue 14: a person saves a search from the search page with a daily digest, a matching resource is
 * published, the digest arrives, and its link stops it; axe checks each page on the way.
 */
class SavedSearchBrowserIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.server();

    @Test
    void saveASearchAndReceiveTheDigestAfterAMatchingPublication() throws Exception {
        Person person = Person.fresh().registeredAndConfirmed(MAIL);
        String word = Token.next();
        try (Chromium chromium = new Chromium()) {
            WebDriver driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            ContributionJourneyBrowserIT.logIn(driver, wait, person.email(), person.password());

            driver.get(Api.BASE + "/recherche?q=" + word);
            assertEquals(1, driver.findElements(By.cssSelector("link[rel=alternate][type='application/atom+xml']"))
                    .size(), "the page names its feed");
            driver.findElement(By.linkText("Enregistrer cette recherche")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("frequency-daily")));
            chromium.checkAccessibility("saved-search-form");
            driver.findElement(By.id("name")).clear();
            driver.findElement(By.cssSelector("form.account-form button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
            assertEquals("name", driver.switchTo().activeElement().getAttribute("id"), "the field in error has focus");
            chromium.checkAccessibility("saved-search-form-refused");

            driver.findElement(By.id("name")).sendKeys("Veille " + word);
            driver.findElement(By.id("frequency-daily")).click();
            driver.findElement(By.cssSelector("form.account-form button[type=submit]")).click();
            wait.until(ExpectedConditions.urlContains("/compte/alertes?fait=enregistree"));
            assertTrue(driver.findElement(By.cssSelector(".saved-searches")).getText().contains("Veille " + word));
            assertTrue(driver.findElement(By.cssSelector(".feed-address")).getAttribute("value")
                    .matches("https?://.+/alertes/[A-Za-z0-9_-]+\\.atom"));
            chromium.checkAccessibility("saved-searches");
            chromium.screenshot("saved-searches");

            long id = Api.upload(Form.text("veille-" + word + ".txt", "Une fiche sur les haies et " + word + ".")
                    .field("title", "Fiche " + word).field("type", "guide"), ADMIN).expect(201).locationId();
            Api.searchSettled(1, "q", word);
            Api.post("/api/saved-searches/digest?at=" + Instant.now().plus(Duration.ofDays(1)).plus(Duration.ofMinutes(10)),
                    ADMIN).expect(200);
            List<String> links = Mailbox.links(MAIL, person.email(), "/ressources/" + id, 1);
            assertEquals(1, links.size());
            String stop = Mailbox.linkPath(MAIL, person.email(), "/alertes/arret");

            driver.get(Api.BASE + stop);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main form button[type=submit]")));
            assertTrue(driver.findElement(By.tagName("main")).getText().contains("Veille " + word));
            chromium.checkAccessibility("saved-search-stop");
            driver.findElement(By.cssSelector("main form button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Vous ne recevrez plus"));
            chromium.checkAccessibility("saved-search-stopped");

            driver.get(Api.BASE + "/compte/alertes");
            assertTrue(driver.findElement(By.cssSelector(".saved-searches")).getText().contains("Aucun"),
                    "the digest is off, the search stays");
        }
    }
}
