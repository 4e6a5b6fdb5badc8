package fr.bocage.it.network;

import static fr.bocage.it.contribution.ContributionJourneyBrowserIT.logIn;
import static fr.bocage.it.contribution.ContributionJourneyBrowserIT.logOut;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.bocage.it.Api;
import fr.bocage.it.Chromium;
import fr.bocage.it.Mailbox;
import fr.bocage.it.Person;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * « Rejoindre le réseau » in a real headless Chromium, with axe on each page: a visitor opens a network's page, is
 * asked to sign up on the way, confirms the address from the e-mail, logs in and comes back to the form, asks to
 * join; the animator accepts; the new member reads the members' directory.
 */
public class MembershipBrowserIT {
    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.server();

    @Test
    void aVisitorJoinsANetworkAndIsAccepted() throws Exception {
        Person animator = Person.fresh().registeredAndConfirmed(MAIL);
        String slug = MembershipIT.network(animator);
        Person visitor = Person.fresh();

        try (Chromium chromium = new Chromium()) {
            WebDriver driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

            driver.get(Api.BASE + "/reseaux/" + slug);
            chromium.checkAccessibility("network page");
            driver.findElement(By.linkText("Rejoindre le réseau")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("membership-account")));
            chromium.checkAccessibility("membership, signed out");
            driver.findElement(By.linkText("Créer un compte")).click();
            wait.until(ExpectedConditions.urlToBe(Api.BASE + "/inscription"));
            driver.findElement(By.id("name")).sendKeys(visitor.name());
            driver.findElement(By.id("email")).sendKeys(visitor.email());
            driver.findElement(By.id("organisation")).sendKeys("Parc naturel régional");
            new Select(driver.findElement(By.id("territory"))).selectByVisibleText("Bretagne");
            driver.findElement(By.id("password")).sendKeys(visitor.password());
            driver.findElement(By.id("acceptTerms")).click();
            driver.findElement(By.cssSelector("form.account-form button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Vérifiez votre messagerie"));
            driver.get(Mailbox.link(MAIL, visitor.email(), "/inscription/confirmer"));

            // Back to the form: the login brings the person to it.
            driver.get(Api.BASE + "/reseaux/" + slug + "/adhesion");
            driver.findElement(By.linkText("Se connecter et continuer")).click();
            driver.findElement(By.id("login")).sendKeys(visitor.email());
            driver.findElement(By.id("password")).sendKeys(visitor.password());
            driver.findElement(By.cssSelector("form.account-form button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.membership-form")));
            chromium.checkAccessibility("membership form");

            // Without consent: the field is named, what was typed stays.
            driver.findElement(By.id("role")).sendKeys("Chargée de mission bocage");
            new Select(driver.findElement(By.id("territory"))).selectByValue("bretagne");
            driver.findElement(By.cssSelector("input[name=interests][value=water]")).click();
            driver.findElement(By.cssSelector("form.membership-form button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
            chromium.checkAccessibility("membership form with errors");
            driver.findElement(By.id("consent")).click();
            driver.findElement(By.cssSelector("form.membership-form button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("network-notice")));
            assertTrue(driver.getPageSource().contains("Demande en attente"));
            logOut(driver, wait);

            logIn(driver, wait, animator.email(), animator.password());
            driver.get(Api.BASE + "/reseaux/" + slug + "/adhesions");
            chromium.checkAccessibility("membership requests");
            assertTrue(driver.getPageSource().contains(visitor.name()));
            driver.findElement(By.cssSelector("textarea[name=message]")).sendKeys("Bienvenue dans le réseau !");
            driver.findElement(By.cssSelector(".decision button[value=accepter]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("requests-notice")));
            logOut(driver, wait);

            String welcome = MembershipIT.mail(MAIL, visitor.email(), "bienvenue");
            assertTrue(welcome.contains("Bienvenue dans le réseau !"), welcome);
            logIn(driver, wait, visitor.email(), visitor.password());
            driver.get(Api.BASE + "/reseaux/" + slug);
            assertTrue(driver.getPageSource().contains("Vous êtes membre"));
            driver.findElement(By.linkText("Annuaire des membres")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.members")));
            chromium.checkAccessibility("members' directory");
            String directory = driver.findElement(By.cssSelector("table.members")).getText();
            assertTrue(directory.contains(visitor.name()) && directory.contains("Chargée de mission bocage"),
                    directory);
            assertFalse(directory.contains(visitor.email()), "the address is kept private by default");
            driver.get(Api.BASE + "/mon-espace/reseaux");
            chromium.checkAccessibility("my networks");
            assertTrue(driver.getPageSource().contains("Réseau " + slug));
        }
    }
}
