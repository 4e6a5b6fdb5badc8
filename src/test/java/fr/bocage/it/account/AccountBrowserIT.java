package fr.bocage.it.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.bocage.it.Api;
import fr.bocage.it.Chromium;
import fr.bocage.it.Mailbox;
import fr.bocage.it.Person;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person's first visit in a real headless Chromium: register, confirm from the e-mail, log in, log out. */
class AccountBrowserIT {
    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.server();

    @Test
    void registerConfirmLogInAndOut() throws IOException {
        Person person = Person.fresh();
        try (Chromium chromium = new Chromium()) {
            WebDriver driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));

            driver.get(Api.BASE + "/");
            driver.findElement(By.linkText("Inscription")).click();
            wait.until(ExpectedConditions.urlToBe(Api.BASE + "/inscription"));
            chromium.checkAccessibility("registration");
            chromium.screenshot("registration");
            driver.findElement(By.id("name")).sendKeys(person.name());
            driver.findElement(By.id("email")).sendKeys(person.email());
            driver.findElement(By.id("organisation")).sendKeys("Conservatoire d'espaces naturels");
            new Select(driver.findElement(By.id("territory"))).selectByVisibleText("Bretagne");
            driver.findElement(By.id("password")).sendKeys(person.password());
            driver.findElement(By.id("acceptTerms")).click();
            driver.findElement(By.cssSelector("form.account-form button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Vérifiez votre messagerie"));

            driver.get(Mailbox.link(MAIL, person.email(), "/inscription/confirmer"));
            assertEquals("Adresse confirmée", driver.findElement(By.tagName("h1")).getText());
            driver.findElement(By.cssSelector("main a.button")).click();

            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Connexion"));
            driver.findElement(By.id("login")).sendKeys(person.email());
            driver.findElement(By.id("password")).sendKeys(person.password());
            driver.findElement(By.cssSelector("form.account-form button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBe(By.cssSelector(".account-name"), person.name()));
            chromium.checkAccessibility("home, logged in");
            chromium.screenshot("home-logged-in");

            driver.findElement(By.cssSelector("form.logout button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".banner a[href='/connexion']")));
        }
    }
}
