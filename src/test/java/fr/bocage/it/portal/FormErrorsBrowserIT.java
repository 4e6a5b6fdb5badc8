package fr.bocage.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.it.Api;
import fr.bocage.it.Api.Form;
import fr.bocage.it.Chromium;
import fr.bocage.it.Token;
import fr.bocage.it.contribution.ContributionJourneyBrowserIT;
import jakarta.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One way to show a refused form (issue 20), on a desktop screen and on a phone: each message beside its field, a
 * summary above linking to the fields by their French names, the first field in error focused and in view, and no
 * internal names; the upload page fits a phone.
 */
class FormErrorsBrowserIT {

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1280, 390})
    void everyFormShowsItsErrorsByFieldAndFocusesTheFirst(int width) throws IOException {
        String contributor = "contributrice-" + Token.next().substring(1, 7);
        String trainer = "formatrice-" + Token.next().substring(1, 7);
        Api.createAccount(contributor, "contributor");
        Api.createAccount(trainer, "trainer");
        long draft = Api.upload(Form.text("brouillon-" + Token.next() + ".txt", "Brouillon " + Token.next())
                .field("title", "Brouillon " + Token.next()), Api.Caller.account(contributor, Api.passwordOf(contributor)))
                .expect(201).locationId();
        long webinar = Api.post("/api/webinars", Api.Caller.ADMIN, Json.createObjectBuilder()
                .add("metadata", Json.createObjectBuilder().add("title", "Webinaire " + Token.next())
                        .add("summary", "Les haies bocagères."))
                .add("startsAt", LocalDateTime.now().plusMonths(2).withNano(0).withSecond(0).toString())
                .add("durationMinutes", 60).add("capacity", 10).build()).expect(201).locationId();
        Path file = Files.createTempFile("note-", ".txt");
        Files.writeString(file, "Une note sur les haies " + Token.next());
        try (Chromium chromium = new Chromium()) {
            WebDriver driver = chromium.driver();
            driver.manage().window().setSize(new Dimension(width, width > 1000 ? 900 : 844));
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            String at = "-" + width;

            // The registration form, sent empty.
            driver.get(Api.BASE + "/inscription");
            driver.findElement(By.cssSelector("form.account-form button[type=submit]")).click();
            refused(driver, wait, "name", List.of("Nom", "Adresse e-mail", "Structure", "Territoire", "Mot de passe"));
            chromium.checkAccessibility("registration refused" + at);
            chromium.screenshot("registration-refused" + at);

            ContributionJourneyBrowserIT.logIn(driver, wait, contributor, Api.passwordOf(contributor));

            // The upload page fits a phone, and its description's errors are the fields'.
            driver.get(Api.BASE + "/contribuer");
            assertNoSidewaysScroll(driver);
            driver.findElement(By.id("file")).sendKeys(file.toString());
            driver.findElement(By.cssSelector("details.optional summary")).click();
            driver.findElement(By.id("year")).sendKeys("1200");
            driver.findElement(By.id("sourceUrl")).sendKeys("ftp://exemple.org/note");
            driver.findElement(By.cssSelector("form.contribution-form > p > button[type=submit]")).click();
            refused(driver, wait, "year", List.of("Année de publication", "Adresse de la source"));
            assertNoSidewaysScroll(driver);
            chromium.checkAccessibility("upload refused" + at);
            chromium.screenshot("upload-refused" + at);

            // A draft sent to moderation before it is described.
            driver.get(Api.BASE + "/mon-espace/ressources/" + draft);
            driver.findElement(By.cssSelector("button[value=submit]")).click();
            refused(driver, wait, "summary", List.of("Résumé", "Type de document", "Thèmes", "Territoire"));
            chromium.checkAccessibility("submission refused" + at);
            chromium.screenshot("submission-refused" + at);
            // The summary's link takes to its field, even a group of boxes.
            driver.findElement(By.cssSelector(".error-summary a[href='#theme']")).click();
            assertEquals("theme", driver.switchTo().activeElement().getAttribute("name"));
            ContributionJourneyBrowserIT.logOut(driver, wait);

            // The webinar form: its own fields, named in French.
            ContributionJourneyBrowserIT.logIn(driver, wait, trainer, Api.passwordOf(trainer));
            driver.get(Api.BASE + "/webinaires/nouveau");
            driver.findElement(By.id("title")).sendKeys("Webinaire " + Token.next());
            driver.findElement(By.id("joinUrl")).sendKeys("ftp://visio.example.org");
            driver.findElement(By.id("speakerOrganisation0")).sendKeys("Parc naturel");
            driver.findElement(By.cssSelector("form.contribution-form p.actions button[type=submit]")).click();
            refused(driver, wait, "startsAt", List.of("Début", "Lien de connexion", "Intervenant 1 : nom"));
            assertFalse(driver.getPageSource().contains("(startsAt)") || driver.getPageSource().contains("(durationMinutes)"));
            chromium.checkAccessibility("webinar form refused" + at);
            chromium.screenshot("webinar-form-refused" + at);
            ContributionJourneyBrowserIT.logOut(driver, wait);

            // A registration to a webinar, sent empty: the form is far down a phone's page, the focus goes there.
            driver.get(Api.BASE + "/webinaires/" + webinar);
            driver.findElement(By.cssSelector("section[aria-labelledby=register-title] button[type=submit]")).click();
            refused(driver, wait, "name", List.of("Nom", "Adresse e-mail", "Accord pour l'utilisation de vos données"));
            chromium.checkAccessibility("webinar registration refused" + at);
            chromium.screenshot("webinar-registration-refused" + at);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * The page came back with the summary naming {@code labels} in order, and the field {@code first} focused, in
     * view, marked invalid and described by its message.
     */
    private static void refused(WebDriver driver, WebDriverWait wait, String first, List<String> labels) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
        List<String> named = driver.findElements(By.cssSelector(".error-summary li a")).stream()
                .map(WebElement::getText).toList();
        assertEquals(labels, named.subList(0, Math.min(named.size(), labels.size())), named::toString);
        WebElement focused = driver.switchTo().activeElement();
        assertEquals(first, focused.getAttribute("id"), "the first field in error has the focus");
        assertEquals("true", focused.getAttribute("aria-invalid"));
        assertTrue(focused.getAttribute("aria-describedby").contains(first + "-error"));
        assertTrue(driver.findElement(By.id(first + "-error")).isDisplayed());
        assertTrue((Boolean) ((JavascriptExecutor) driver).executeScript(
                "var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;",
                focused), "the focused field is in view");
    }

    private static void assertNoSidewaysScroll(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long width = (Long) js.executeScript("return document.documentElement.scrollWidth;");
        long viewport = (Long) js.executeScript("return document.documentElement.clientWidth;");
        assertTrue(width <= viewport, "no horizontal scrolling: " + width + " > " + viewport);
    }
}
