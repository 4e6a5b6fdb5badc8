package fr.bocage.it.network;

import static fr.bocage.it.contribution.ContributionJourneyBrowserIT.logIn;
import static fr.bocage.it.contribution.ContributionJourneyBrowserIT.logOut;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.bocage.it.Api;
import fr.bocage.it.Chromium;
import fr.bocage.it.Mailbox;
import fr.bocage.it.Person;
import fr.bocage.it.Token;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A project's private space in a real headless Chromium, with axe on each page: the coordinator invites a person from
 * the members' page; the person opens the e-mailed link, opens an account there and lands in the space, where a
 * document shared with the members waits; an anonymous visitor sees the public page but not that document, by page,
 * by search or by its file's address.
 */
public class ProjectSpaceBrowserIT {
    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.server();

    @Test
    void anInvitedPersonJoinsAndSeesWhatAVisitorCannot() throws Exception {
        ProjectSpaceFixture project = ProjectSpaceFixture.create("navigateur");
        String secret = Token.next().toLowerCase();
        long document = project.share(project.member(), "Document réservé " + secret,
                "Compte rendu " + secret + " pour les membres.");
        Api.awaitIndexed();
        Person invited = Person.fresh();

        try (Chromium chromium = new Chromium()) {
            WebDriver driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

            logIn(driver, wait, project.coordinatorName(), Api.passwordOf(project.coordinatorName()));
            driver.get(Api.BASE + "/projets/" + project.slug());
            chromium.checkAccessibility("project page, coordinator");
            driver.findElement(By.linkText("Espace des membres")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("space-documents")));
            chromium.checkAccessibility("project space");
            driver.findElement(By.linkText("Gérer les membres et les invitations")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("members-invite")));
            chromium.checkAccessibility("project members");

            // Without an organisation: the field is named, the address stays.
            driver.findElement(By.id("email")).sendKeys(invited.email());
            driver.findElement(By.cssSelector("#members-invite ~ form button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
            chromium.checkAccessibility("project members with errors");
            assertEquals(invited.email(), driver.findElement(By.id("email")).getAttribute("value"));
            new Select(driver.findElement(By.id("organisation"))).selectByIndex(1);
            driver.findElement(By.cssSelector("#members-invite ~ form button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice[role=status]")));
            assertTrue(driver.getPageSource().contains(invited.email()), "the pending invitation");
            logOut(driver, wait);

            driver.get(Api.BASE + Mailbox.pathUnder(MAIL, invited.email(), "/projets/invitation/"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.account-form")));
            chromium.checkAccessibility("invitation, no account");
            driver.findElement(By.id("name")).sendKeys(invited.name());
            driver.findElement(By.id("password")).sendKeys(invited.password());
            driver.findElement(By.id("acceptTerms")).click();
            driver.findElement(By.cssSelector("form.account-form button[type=submit]")).click();
            wait.until(ExpectedConditions.urlToBe(Api.BASE + "/projets/" + project.slug() + "/espace"));
            chromium.checkAccessibility("project space, new member");
            String space = driver.findElement(By.tagName("main")).getText();
            assertTrue(space.contains("Document réservé " + secret) && space.contains(invited.name()), space);
            driver.findElement(By.linkText("Document réservé " + secret)).click();
            wait.until(ExpectedConditions.urlToBe(Api.BASE + "/ressources/" + document));
            logOut(driver, wait);

            driver.get(Api.BASE + "/projets/" + project.slug());
            chromium.checkAccessibility("project page, visitor");
            assertFalse(driver.getPageSource().contains(secret), "the public page");
            assertTrue(driver.findElements(By.linkText("Espace des membres")).isEmpty());
            driver.get(Api.BASE + "/recherche?q=" + secret);
            assertFalse(driver.findElement(By.tagName("main")).getText().contains("Document réservé"), "search");
        }
        Api.get("/ressources/" + document).expect(404);
        Api.get("/api/resources/" + document + "/file").expect(404);
        Api.get("/projets/" + project.slug() + "/espace").expect(302);
    }
}
