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
import fr.bocage.it.Token;
import fr.bocage.it.contribution.ContributionJourneyBrowserIT;
import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The network's journey of issue 13 in a real headless Chromium: a contributor proposes an action with two indicators
 * and a partner actor, a moderator publishes it, a visitor finds it by search and facets, sees the new totals on
 * /actions/bilan, and writes to the actor through its page's contact form: the message reaches the actor with the
 * visitor as Reply-To, and the actor's address is on no page.
 */
public class NetworkJourneyBrowserIT {
    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.server();

    @Test
    void fromAProposedActionToAMessageToItsPartner() throws Exception {
        String secret = "contact-" + Token.next() + "@example.org";
        String word = "mares" + Token.next().toLowerCase();
        String moderator = "moderatrice-" + Token.next();
        Api.Caller moderatorApi = Api.createAccount(moderator, "moderator");
        long actor = Api.post("/api/actors", moderatorApi, ActorIT.actor("CPIE des Monts d'Arrée " + word,
                "Centre permanent d'initiatives pour l'environnement.", secret).build()).expect(201).locationId();
        String contributor = "contributrice-" + Token.next();
        Api.createAccount(contributor, "contributor");
        List<String> pages = new ArrayList<>();

        try (Chromium chromium = new Chromium()) {
            WebDriver driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

            logIn(driver, wait, contributor, Api.passwordOf(contributor));
            driver.get(Api.BASE + "/actions/nouvelle");
            chromium.checkAccessibility("action form");
            type(driver, "title", "Restaurer les mares de " + word);
            type(driver, "summary", "Un réseau de mares restaurées avec les écoles.");
            driver.findElement(By.cssSelector("input[name=theme][value=water]")).click();
            new Select(driver.findElement(By.id("territory"))).selectByValue("bretagne");
            new Select(driver.findElement(By.id("progress"))).selectByValue("completed");
            new Select(driver.findElement(By.id("scheme"))).selectByValue("green-blue-grid");
            type(driver, "action-partners", Long.toString(actor));
            type(driver, "context", "Des mares comblées depuis trente ans.");
            indicator(driver, 0, "ponds-created", "2025", "7");
            indicator(driver, 1, "participants", "2025", "120");
            driver.findElement(By.cssSelector("button[name=action][value=submit]")).click();
            wait.until(ExpectedConditions.urlMatches("/actions/\\d+$"));
            String url = driver.getCurrentUrl();
            long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
            logOut(driver, wait);

            logIn(driver, wait, moderator, Api.passwordOf(moderator));
            driver.get(Api.BASE + "/moderation/ressources/" + id);
            driver.findElement(By.cssSelector(".decision button[value='publish']")).click();
            ContributionJourneyBrowserIT.confirm(driver);
            wait.until(ExpectedConditions.urlContains("decision=publish"));
            logOut(driver, wait);

            // Publishing reaches the index just after its commit: the visitor's search may come first, so retry.
            wait.until(d -> {
                d.get(Api.BASE + "/actions?q=" + word);
                return d.getPageSource().contains("Restaurer les mares de " + word);
            });
            chromium.checkAccessibility("actions directory");
            driver.get(Api.BASE + "/actions?q=" + word + "&scheme=green-blue-grid&progress=completed");
            assertTrue(driver.getPageSource().contains("Restaurer les mares de " + word), "and by its facets");
            driver.get(Api.BASE + "/actions?q=" + word + "&progress=planned");
            assertFalse(driver.getPageSource().contains("Restaurer les mares de " + word), "not under another one");

            driver.get(Api.BASE + "/actions/bilan?territory=bretagne&scheme=green-blue-grid&year=2025");
            String results = driver.findElement(By.id("totals")).findElement(By.xpath("..")).getText();
            assertTrue(results.contains("Mares créées") && results.contains("Participants"), results);
            assertTrue(driver.getPageSource().contains("<svg"), "the bars are drawn on the server");
            chromium.checkAccessibility("results");
            pages.add(driver.getPageSource());

            driver.get(Api.BASE + "/actions/" + id);
            assertTrue(driver.getPageSource().contains("/acteurs/" + actor), "the partner is named and linked");
            pages.add(driver.getPageSource());
            driver.get(Api.BASE + "/acteurs/" + actor);
            assertTrue(driver.getPageSource().contains("Restaurer les mares de " + word), "« Actions menées »");
            chromium.checkAccessibility("actor page");
            pages.add(driver.getPageSource());
            Instant shown = Instant.now();
            type(driver, "name", "Camille Visiteuse");
            type(driver, "email", "camille-" + Token.next() + "@example.net");
            String visitor = driver.findElement(By.id("email")).getAttribute("value");
            type(driver, "message", "Bonjour, pourriez-vous nous présenter vos mares pédagogiques ?");
            driver.findElement(By.id("consent")).click();
            // The form refuses what is sent faster than a person can type (a robot's post).
            Thread.sleep(Math.max(0, 3_500 - Duration.between(shown, Instant.now()).toMillis()));
            driver.findElement(By.cssSelector("form[action$='/contact#contact-title'] button[type=submit]")).click();
            wait.until(ExpectedConditions.urlContains("/contact/transmis"));
            assertTrue(driver.getPageSource().contains("Votre message a été transmis"));
            pages.add(driver.getPageSource());

            MimeMessage mail = received(secret);
            Address[] replyTo = mail.getReplyTo();
            assertEquals(visitor, ((InternetAddress) replyTo[0]).getAddress());
            for (String page : pages) {
                assertFalse(page.contains(secret), "the actor's address is on no page");
            }
            assertFalse(Api.get("/api/actors/" + actor).expect(200).text().contains(secret));
        }
    }

    private static void type(WebDriver driver, String id, String text) {
        driver.findElement(By.id(id)).clear();
        driver.findElement(By.id(id)).sendKeys(text);
    }

    private static void indicator(WebDriver driver, int row, String code, String year, String amount) {
        new Select(driver.findElement(By.id("value-indicator-" + row))).selectByValue(code);
        type(driver, "value-year-" + row, year);
        type(driver, "value-amount-" + row, amount);
    }

    private static MimeMessage received(String to) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage message : MAIL.getReceivedMessages()) {
                for (Address recipient : message.getAllRecipients()) {
                    if (recipient.toString().equalsIgnoreCase(to)) {
                        return message;
                    }
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no e-mail to the actor " + to);
    }
}
