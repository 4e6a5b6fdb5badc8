package fr.bocage.it.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.it.Api;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Chromium;
import fr.bocage.it.Token;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The directory and an actor's page in headless Chromium on a 390-pixel phone: no horizontal scrolling, no serious
 * WCAG violation (axe), the kind facet narrows the list, and the page never holds the contact address.
 */
class ActorBrowserIT {

    @Test
    void aVisitorOnAPhoneFindsAnActorByItsKindAndOpensItsPage() throws IOException {
        Caller moderator = Api.createAccount("moderatrice-" + Token.next(), "moderator");
        String word = Token.next();
        String name = "Association des mares de " + word;
        String contact = "cachee-" + Token.next() + "@example.org";
        long id = Api.post("/api/actors", moderator, ActorIT.actor(name, "Nous creusons des mares " + word + ".", contact)
                .add("kind", "association").build()).expect(201).locationId();
        Api.searchSettled(1, "q", word);

        try (Chromium chromium = new Chromium()) {
            WebDriver driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            driver.manage().window().setSize(new Dimension(390, 844));

            driver.get(Api.BASE + "/acteurs?q=" + word);
            fits(driver, "/acteurs");
            chromium.checkAccessibility("actors directory 390");
            chromium.screenshot("actors-390");
            driver.findElement(By.cssSelector("input[name=actorKind][value=association]")).click();
            wait.until(ExpectedConditions.urlContains("actorKind=association"));
            driver.findElement(By.linkText(name)).click();
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), name));
            assertEquals(Api.BASE + "/acteurs/" + id, driver.getCurrentUrl());
            fits(driver, "/acteurs/" + id);
            chromium.checkAccessibility("actor page 390");
            chromium.screenshot("actor-390");
            assertTrue(driver.getPageSource().contains("Actions menées"));
            assertFalse(driver.getPageSource().contains(contact));
        }
    }

    private static void fits(WebDriver driver, String path) {
        long width = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
        long viewport = (Long) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.clientWidth;");
        assertTrue(width <= viewport, path + ": no horizontal scrolling: " + width + " > " + viewport);
    }
}
