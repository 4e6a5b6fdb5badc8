package fr.bocage.it.account;

import fr.bocage.it.Api;
import fr.bocage.it.Chromium;
import fr.bocage.it.Token;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Single sign-on in a real headless Chromium: from a protected page to the provider and back, logged in. */
class SingleSignOnBrowserIT {

    @Test
    void signOnFromAProtectedPage() throws IOException {
        String name = "Sacha " + Token.next();
        IdentityProvider.nextLogin("sub-" + Token.next(), Map.of("email", "sacha." + Token.next() + "@example.org",
                "email_verified", true, "name", name));
        try (Chromium chromium = new Chromium()) {
            WebDriver driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));

            driver.get(Api.BASE + "/mon-espace");
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Connexion"));
            chromium.checkAccessibility("login with single sign-on");
            chromium.screenshot("login-sso");
            driver.findElement(By.linkText("Se connecter avec Fournisseur de test")).click();

            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Conditions d'utilisation"));
            chromium.checkAccessibility("consent at the first single sign-on");
            driver.findElement(By.id("acceptTerms")).click();
            driver.findElement(By.cssSelector("form.account-form button[type=submit]")).click();

            wait.until(ExpectedConditions.textToBe(By.cssSelector(".account-name"), name));
            wait.until(ExpectedConditions.urlToBe(Api.BASE + "/mon-espace"));
            chromium.screenshot("sso-logged-in");
        }
    }
}
