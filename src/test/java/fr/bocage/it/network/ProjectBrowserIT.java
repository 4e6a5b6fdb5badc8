package fr.bocage.it.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.it.Api;
import fr.bocage.it.Chromium;
import fr.bocage.it.Token;
import fr.bocage.it.contribution.ContributionJourneyBrowserIT;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 15's project form in headless Chromium with axe: a contributor creates a project with two actions, a wrong
 * end date comes back named beside its field, focused; once corrected, the project's page draws the timeline (one
 * bar per action, its status in words) with the table of actions; an anonymous visitor sees the published page.
 */
class ProjectBrowserIT {

    @Test
    void aCoordinatorCreatesAProjectWithTwoActionsThatAnonymousVisitorsSee() throws IOException {
        String coordinator = "coordinateur-" + Token.next().substring(1, 7);
        Api.createAccount(coordinator, "contributor");
        long partner = ProjectIT.actorIn("MA");
        long technical = ProjectIT.actorIn("FR");
        String slug = "projet-" + Token.next().toLowerCase();
        String title = "Coopération des oasis " + Token.next();

        try (Chromium chromium = new Chromium()) {
            WebDriver driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            ContributionJourneyBrowserIT.logIn(driver, wait, coordinator, Api.passwordOf(coordinator));

            driver.get(Api.BASE + "/projets");
            driver.findElement(By.linkText("Créer un projet")).click();
            wait.until(ExpectedConditions.urlToBe(Api.BASE + "/projets/nouveau"));
            chromium.checkAccessibility("project form");

            type(driver, "slug", slug);
            type(driver, "title", title);
            type(driver, "acronym", "OASIS");
            type(driver, "startDate", "2024-01-01");
            type(driver, "endDate", "2025-12-31");
            type(driver, "partners", String.valueOf(partner));
            type(driver, "technicalPartners", String.valueOf(technical));
            type(driver, "summary", "Des oasis qui coopèrent.");
            type(driver, "funders", "Agence de coopération ; 40");
            type(driver, "actionNumber0", "0");
            type(driver, "actionTitle0", "Autodiagnostic des oasis");
            new Select(driver.findElement(By.id("actionKind0"))).selectByVisibleText("Autodiagnostic");
            type(driver, "actionStart0", "2024-01-01");
            type(driver, "actionEnd0", "2024-06-30");
            new Select(driver.findElement(By.id("actionStatus0"))).selectByVisibleText("Réalisée");
            type(driver, "actionNumber1", "1");
            type(driver, "actionTitle1", "Séminaire de clôture");
            new Select(driver.findElement(By.id("actionKind1"))).selectByVisibleText("Séminaire");
            type(driver, "actionStart1", "2025-12-01");
            type(driver, "actionEnd1", "2025-11-01");
            driver.findElement(By.id("published")).click();
            driver.findElement(By.cssSelector("form.project-form button[type=submit]")).click();

            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
            List<String> named = driver.findElements(By.cssSelector(".error-summary li a")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(List.of("Fin de l'action 2"), named);
            WebElement focused = driver.switchTo().activeElement();
            assertEquals("actionEnd1", focused.getAttribute("id"), "the field in error has the focus");
            assertEquals("true", focused.getAttribute("aria-invalid"));
            assertTrue(driver.findElement(By.id("actionEnd1-error")).getText().contains("date de fin"));
            assertEquals(title, driver.findElement(By.id("title")).getDomProperty("value"), "what was typed stays");
            chromium.checkAccessibility("project form refused");

            type(driver, "actionEnd1", "2025-12-15");
            driver.findElement(By.cssSelector("form.project-form button[type=submit]")).click();
            wait.until(ExpectedConditions.urlToBe(Api.BASE + "/projets/" + slug));
            List<WebElement> bars = driver.findElements(By.cssSelector("figure.timeline svg rect[stroke]"));
            assertEquals(2, bars.size(), "one bar per action");
            assertEquals("url(#pattern-done)", bars.get(0).getDomAttribute("fill"));
            assertEquals("url(#pattern-planned)", bars.get(1).getDomAttribute("fill"));
            String svg = driver.findElement(By.cssSelector("figure.timeline svg")).getText();
            assertTrue(svg.contains("Réalisée") && svg.contains("Prévue"), "the status in words too: " + svg);
            assertEquals(2, driver.findElements(By.cssSelector("table.plan tbody tr")).size(), "the text alternative");
            assertTrue(driver.findElement(By.cssSelector("article.project")).getText().contains("Maroc"));
            chromium.checkAccessibility("project page");

            driver.manage().deleteAllCookies();
            driver.get(Api.BASE + "/projets/" + slug);
            assertEquals(title + " (OASIS)", driver.findElement(By.tagName("h1")).getText());
            assertTrue(driver.findElements(By.linkText("Modifier le projet")).isEmpty());
            assertTrue(driver.findElement(By.cssSelector("table.plan")).getText().contains("Séminaire de clôture"));
            chromium.checkAccessibility("project page, anonymous");
        }
    }

    private static void type(WebDriver driver, String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }
}
