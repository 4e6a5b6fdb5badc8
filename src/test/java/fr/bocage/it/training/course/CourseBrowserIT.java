package fr.bocage.it.training.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.it.Api;
import fr.bocage.it.Chromium;
import fr.bocage.it.Token;
import fr.bocage.it.contribution.ContributionJourneyBrowserIT;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The training catalogue in a real headless Chromium: a trainer proposes a course with a session through the form;
 * a visitor finds it on /formations by its objectives and the level facet, and opens its page.
 */
class CourseBrowserIT {

    @Test
    void aTrainerPublishesACourseThatAVisitorFindsByItsLevel() throws IOException {
        String trainer = "formatrice-" + Token.next();
        Api.createAccount(trainer, "trainer");
        String word = Token.next();
        String title = "Concevoir un jardin de pluie " + Token.next();

        try (Chromium chromium = new Chromium()) {
            WebDriver driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

            ContributionJourneyBrowserIT.logIn(driver, wait, trainer, Api.passwordOf(trainer));
            driver.get(Api.BASE + "/formations");
            driver.findElement(By.linkText("Proposer une formation")).click();
            wait.until(ExpectedConditions.urlMatches("/formations/nouvelle$"));
            chromium.checkAccessibility("course form");
            type(driver, "title", title);
            type(driver, "summary", "Une journée sur le terrain pour concevoir un jardin de pluie.");
            type(driver, "organisation", "Agence de l'eau de démonstration");
            new Select(driver.findElement(By.id("format"))).selectByVisibleText("Présentiel");
            new Select(driver.findElement(By.id("level"))).selectByVisibleText("Expertise");
            type(driver, "objectives", "Dimensionner une noue et un " + word + " pour une cour d'école.");
            type(driver, "duration", "1 jour");
            type(driver, "price", "120");
            // Chromium's date-time picker takes keystrokes in the machine's locale: its value is set as a form would.
            setValue(driver, "session-start-0", "2027-03-29T09:30");
            setValue(driver, "session-end-0", "2027-03-29T17:00");
            type(driver, "session-place-0", "Nantes");
            type(driver, "session-capacity-0", "16");
            chromium.screenshot("course-form");
            driver.findElement(By.cssSelector("form.course-form button[type=submit]")).click();
            wait.until(ExpectedConditions.urlMatches("/formations/\\d+$"));
            assertEquals(title, driver.findElement(By.tagName("h1")).getText());
            assertTrue(driver.getPageSource().contains("lundi 29 mars 2027, 9 h 30 – 17 h 00, heure de Paris"),
                    "the session in its place's time, named");
            chromium.checkAccessibility("course page");
            ContributionJourneyBrowserIT.logOut(driver, wait);

            Api.searchSettled(1, "q", word);
            driver.get(Api.BASE + "/formations");
            chromium.checkAccessibility("catalogue");
            driver.findElement(By.id("q")).sendKeys(word);
            driver.findElement(By.cssSelector("form.search-form .search-row button[type=submit]")).click();
            wait.until(ExpectedConditions.urlContains("q=" + word));
            driver.findElement(By.cssSelector("input[name=level][value=expert]")).click();
            wait.until(ExpectedConditions.urlContains("level=expert"));
            chromium.screenshot("catalogue");
            driver.findElement(By.linkText(title)).click();
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), title));
            assertTrue(driver.getPageSource().contains("Ajouter à mon agenda"));
        }
    }

    private static void type(WebDriver driver, String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void setValue(WebDriver driver, String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(id)),
                value);
    }
}
