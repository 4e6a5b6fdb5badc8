package fr.bocage.it.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.it.Api;
import fr.bocage.it.Chromium;
import fr.bocage.it.Token;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The contact form on a phone (390 px), with axe: reached from the footer, the trap field out of sight and out of
 * the accessibility tree, the errors by field with the first one focused, then « Votre message a été transmis ».
 */
class ContactBrowserIT {

    @Test
    void aVisitorWritesToTheNetworkFromAPhone() throws Exception {
        try (Chromium chromium = new Chromium()) {
            WebDriver driver = chromium.driver();
            driver.manage().window().setSize(new Dimension(390, 844));
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

            driver.get(Api.BASE + "/");
            driver.findElement(By.cssSelector("footer a[href='/contact']")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contact-title")));
            assertFalse(driver.findElement(By.id("website")).isDisplayed(), "the trap field is out of sight");
            assertNoSidewaysScroll(driver);
            chromium.checkAccessibility("contact-390");
            chromium.screenshot("contact-390");

            driver.findElement(By.cssSelector(".contact-form button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
            List<String> named = driver.findElements(By.cssSelector(".error-summary li a")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(List.of("Nom", "Adresse e-mail", "Message", "Accord pour l'utilisation de vos données"), named);
            WebElement focused = driver.switchTo().activeElement();
            Object invalid = ((JavascriptExecutor) driver).executeScript("return Array.from(document.querySelectorAll("
                    + "'form [aria-invalid=\"true\"]')).map(function (e) { return e.id; }).join(',');");
            assertEquals("name", focused.getAttribute("id"), () -> "the first field in error has the focus; invalid: "
                    + invalid + "\n" + driver.findElement(By.cssSelector(".contact-form")).getAttribute("outerHTML"));
            assertEquals("true", focused.getAttribute("aria-invalid"));
            assertNoSidewaysScroll(driver);
            chromium.checkAccessibility("contact-refused-390");
            chromium.screenshot("contact-refused-390");

            driver.findElement(By.id("name")).sendKeys("Camille " + Token.next());
            driver.findElement(By.id("email")).sendKeys("camille-" + Token.next() + "@exemple.fr");
            driver.findElement(By.id("organisation")).sendKeys("Commune de Plouguerneau");
            driver.findElement(By.id("message")).sendKeys("Bonjour, où trouver le guide de plantation des haies ?");
            driver.findElement(By.id("consent")).click();
            Thread.sleep(3_200);
            driver.findElement(By.cssSelector(".contact-form button[type=submit]")).click();
            wait.until(ExpectedConditions.urlContains("/contact/transmis"));
            assertTrue(driver.findElement(By.tagName("h1")).getText().contains("Votre message a été transmis"));
            assertFalse(driver.getPageSource().contains("moderation@bocage.localhost"));
            chromium.checkAccessibility("contact-sent-390");
            chromium.screenshot("contact-sent-390");
        }
    }

    private static void assertNoSidewaysScroll(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long width = (Long) js.executeScript("return document.documentElement.scrollWidth;");
        long viewport = (Long) js.executeScript("return document.documentElement.clientWidth;");
        assertTrue(width <= viewport, "no horizontal scrolling: " + width + " > " + viewport);
    }
}
