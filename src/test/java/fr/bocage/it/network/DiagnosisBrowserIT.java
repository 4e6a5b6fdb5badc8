package fr.bocage.it.network;

import static fr.bocage.it.Api.Caller.ADMIN;
import static fr.bocage.it.Api.Caller.ANONYMOUS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.bocage.it.Api;
import fr.bocage.it.Chromium;
import fr.bocage.it.Mailbox;
import fr.bocage.it.Person;
import fr.bocage.it.Token;
import fr.bocage.it.contribution.ContributionJourneyBrowserIT;
import jakarta.json.Json;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The self-diagnosis journey in headless Chromium with axe: a coordinator builds a questionnaire with plain forms
 * (sections, questions, a reorder) and opens a campaign; two people of two organisations, invited by e-mail (read
 * from the test SMTP server), open an account from the link and answer through the pages, saving a draft first; the coordinator sees the comparison and its radar chart. An
 * anonymous visitor and the other organisation's member see none of the answers, by page or by API.
 */
class DiagnosisBrowserIT {
    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.server();

    @Test
    void aCoordinatorBuildsTwoOrganisationsAnswerAndTheComparisonDrawsThem() throws IOException {
        String coordinator = "coordinatrice-" + Token.next().substring(1, 7);
        Api.createAccount(coordinator, "contributor");
        long orgA = ProjectIT.actorIn("SN");
        long orgB = ProjectIT.actorIn("CM");
        String slug = "diagnostic-" + Token.next().toLowerCase();
        Api.Caller coordinatorCaller = Api.Caller.account(coordinator, Api.passwordOf(coordinator));
        Api.post("/api/projects", coordinatorCaller, Json.createObjectBuilder().add("slug", slug)
                .add("title", "Projet " + slug).add("startDate", "2024-01-01").add("endDate", "2027-12-31")
                .add("published", true)
                .add("partners", Json.createArrayBuilder().add(orgA).add(orgB)).build()).expect(201);
        Person a = Person.fresh();
        Person b = Person.fresh();
        for (Person person : List.of(a, b)) {
            Api.post("/api/projects/" + slug + "/invitations", coordinatorCaller, Json.createObjectBuilder()
                    .add("email", person.email()).add("organisation", person == a ? orgA : orgB).build()).expect(201);
        }
        String home = Api.BASE + "/projets/" + slug + "/autodiagnostic";

        try (Chromium chromium = new Chromium()) {
            WebDriver driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            wait.ignoring(StaleElementReferenceException.class);
            ContributionJourneyBrowserIT.logIn(driver, wait, coordinator, Api.passwordOf(coordinator));
            driver.get(home);
            chromium.checkAccessibility("self-diagnosis, coordinator, empty");
            type(driver, "questionnaire-title", "Autodiagnostic des aires protégées");
            submit(driver, "form input[value=questionnaire]");
            wait.until(ExpectedConditions.urlContains("/autodiagnostic/questionnaires/"));

            type(driver, "sectionTitle", "Gouvernance");
            submit(driver, "form input[value=add-section]");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("text-0")));
            type(driver, "text-0", "Le projet a-t-il un comité de pilotage ?");
            new Select(driver.findElement(By.id("kind-0"))).selectByVisibleText("Échelle de 1 à 5");
            type(driver, "weight-0", "2");
            type(driver, "options-0", "Pas du tout\nPeu\nEn partie\nLargement\nTout à fait");
            submit(driver, "#section-0 ~ form input[value=add-question]");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "comité de pilotage"));
            type(driver, "text-0", "Les habitants sont-ils consultés ?");
            new Select(driver.findElement(By.id("kind-0"))).selectByVisibleText("Choix unique");
            type(driver, "options-0", "Non | 0\nParfois | 1\nToujours | 2");
            submit(driver, "#section-0 ~ form input[value=add-question]");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "habitants"));
            // The second question goes first.
            driver.findElement(By.xpath("//button[normalize-space()='Monter la question 2']")).click();
            wait.until(d -> d.findElements(By.cssSelector("ol > li")).stream().findFirst()
                    .filter(first -> first.getText().contains("habitants")).isPresent());
            type(driver, "sectionTitle", "Bénéficiaires");
            submit(driver, "form input[value=add-section]");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("text-1")));
            type(driver, "text-1", "Qu'avez-vous appris ?");
            new Select(driver.findElement(By.id("kind-1"))).selectByVisibleText("Texte libre");
            submit(driver, "#section-1 ~ form input[value=add-question]");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "appris"));
            chromium.checkAccessibility("questionnaire builder");

            driver.get(home);
            type(driver, "campaign-title", "Campagne de départ");
            date(driver, "opensOn", LocalDate.now().minusDays(1));
            date(driver, "closesOn", LocalDate.now().plusDays(20));
            submit(driver, "form input[value=campaign]");
            wait.until(ExpectedConditions.urlContains("fait=campagne"));
            String campaign = driver.findElement(By.linkText("Campagne de départ")).getAttribute("href");
            chromium.checkAccessibility("self-diagnosis, coordinator, a campaign");

            // Keys follow the order: q1 the consultation (single choice), q2 the committee (scale), q3 the text.
            join(chromium, driver, wait, a, slug);
            answer(chromium, driver, wait, campaign, "r-q1-2", "r-q2-4", "Les réunions de quartier.");
            join(chromium, driver, wait, b, slug);
            answer(chromium, driver, wait, campaign, "r-q1-0", "r-q2-1", "Rien de secret de B");

            driver.manage().deleteAllCookies();
            ContributionJourneyBrowserIT.logIn(driver, wait, coordinator, Api.passwordOf(coordinator));
            driver.get(campaign + "/comparaison");
            List<WebElement> shapes = driver.findElements(By.cssSelector("figure.radar svg polygon[stroke-width]"));
            assertEquals(2, shapes.size(), "one line per organisation");
            List<WebElement> rows = driver.findElements(By.cssSelector("table#comparaison tbody tr"));
            assertEquals(2, rows.size(), "the text alternative: one row per organisation");
            String table = driver.findElement(By.id("comparaison")).getText();
            // A: « Toujours » (2 of 2) and point 5: 100 %; B: « Non » and point 2 weighing 2: (0 + 2 × 0.25) / 3.
            assertTrue(table.contains("100,0 %") && table.contains("16,7 %"), table);
            chromium.checkAccessibility("comparison with its radar chart");

            // The other organisation's member and an anonymous visitor: none of A's answers.
            driver.manage().deleteAllCookies();
            ContributionJourneyBrowserIT.logIn(driver, wait, b.email(), b.password());
            driver.get(campaign + "/rapport/" + orgA);
            assertFalse(driver.getPageSource().contains("réunions de quartier"));
            driver.get(campaign);
            assertFalse(driver.getPageSource().contains("réunions de quartier"));
            driver.manage().deleteAllCookies();
            driver.get(campaign + "/rapport/" + orgA);
            assertFalse(driver.getPageSource().contains("réunions de quartier"));
            assertTrue(driver.getCurrentUrl().contains("/connexion"), driver.getCurrentUrl());
        }
        String api = "/api/projects/" + slug + "/campaigns/" + campaignId(slug) + "/answers";
        Api.get(api, ANONYMOUS).expect(401);
        Api.get(api + "/" + orgA, ANONYMOUS).expect(401);
        Api.get(api + "/" + orgA, b.basic()).expect(403);
        assertFalse(Api.get(api, b.basic()).expect(200).text().contains("réunions de quartier"));
    }

    /** The invited person opens the e-mailed link, opens an account there and lands in the project's space. */
    private static void join(Chromium chromium, WebDriver driver, WebDriverWait wait, Person person, String slug) {
        driver.manage().deleteAllCookies();
        driver.get(Api.BASE + Mailbox.pathUnder(MAIL, person.email(), "/projets/invitation/"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.account-form")));
        driver.findElement(By.id("name")).sendKeys(person.name());
        driver.findElement(By.id("password")).sendKeys(person.password());
        driver.findElement(By.id("acceptTerms")).click();
        driver.findElement(By.cssSelector("form.account-form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe(Api.BASE + "/projets/" + slug + "/espace"));
        chromium.checkAccessibility("project space, a new member");
    }

    /** The member, signed in, saves a draft with the single choice, then ticks the scale, writes and sends. */
    private static void answer(Chromium chromium, WebDriver driver, WebDriverWait wait, String campaign,
            String choice, String point, String text) {
        driver.get(campaign);
        chromium.checkAccessibility("answer form");
        driver.findElement(By.id(choice)).click();
        driver.findElement(By.xpath("//button[normalize-space()='Enregistrer le brouillon']")).click();
        wait.until(ExpectedConditions.urlContains("fait=brouillon"));
        assertTrue(driver.findElement(By.id(choice)).isSelected(), "the draft keeps the choice");
        driver.findElement(By.id(point)).click();
        type(driver, "r-q3", text);
        driver.findElement(By.xpath("//button[normalize-space()='Envoyer']")).click();
        wait.until(ExpectedConditions.urlContains("fait=envoye"));
        assertTrue(driver.findElements(By.xpath("//button[normalize-space()='Envoyer']")).isEmpty(), "sent for good");
        chromium.checkAccessibility("answer sent");
        driver.manage().deleteAllCookies();
    }

    private static long campaignId(String slug) {
        return Api.get("/api/projects/" + slug + "/campaigns", ADMIN).expect(200).jsonArray().getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    private static void type(WebDriver driver, String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** A date field, set as the browser's date picker would (typing depends on the browser's locale). */
    private static void date(WebDriver driver, String id, LocalDate day) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
                driver.findElement(By.id(id)), day.toString());
    }

    /** Submits the form holding the hidden field {@code selector} names. */
    private static void submit(WebDriver driver, String selector) {
        driver.findElement(By.cssSelector(selector)).findElement(By.xpath("./ancestor::form//button[@type='submit']"))
                .click();
    }
}
