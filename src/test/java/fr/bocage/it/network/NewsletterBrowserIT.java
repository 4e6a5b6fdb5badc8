package fr.bocage.it.network;

import static fr.bocage.it.contribution.ContributionJourneyBrowserIT.confirm;
import static fr.bocage.it.contribution.ContributionJourneyBrowserIT.logIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.bocage.it.Api;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Chromium;
import fr.bocage.it.Mailbox;
import fr.bocage.it.Person;
import fr.bocage.it.Token;
import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The newsletter's two journeys in a real headless Chromium, with axe on each page: a visitor subscribes, confirms
 * from the e-mail, reads an issue and leaves from its link in one click; a network's animator, a plain contributor
 * otherwise, composes an issue from their space, reorders it, writes the editorial, previews, tests and sends it,
 * follows the sending and finds it in the archive.
 */
class NewsletterBrowserIT {
    private static final Pattern SENT = Pattern.compile("(\\d+) envoyés");

    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.server();

    /** A network's animator, who holds no other role than contributor. */
    private static Person animator() {
        Person person = Person.fresh().registeredAndConfirmed(MAIL);
        MembershipIT.network(person);
        return person;
    }

    /** An issue composed, titled and sent through the API; returns its subject. */
    private static String sendIssue(Caller animator, String subject) {
        long id = NewsletterIT.compose(animator).getJsonNumber("id").longValue();
        Api.put("/api/newsletter/issues/" + id, animator, Json.createObjectBuilder().add("subject", subject).build())
                .expect(200);
        NewsletterIT.sendAndWait(id, animator);
        return subject;
    }

    @Test
    void aVisitorSubscribesConfirmsReadsAnIssueAndLeavesInOneClick() throws Exception {
        Caller animator = animator().basic();
        String marker = Token.next();
        String email = "abonnee-" + marker + "@exemple.fr";
        try (Chromium chromium = new Chromium()) {
            WebDriver driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            wait.ignoring(StaleElementReferenceException.class);

            driver.get(Api.BASE + "/lettre");
            chromium.checkAccessibility("newsletter archive");
            driver.findElement(By.cssSelector("main a.button[href='/lettre/abonnement']")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("consent")));
            chromium.checkAccessibility("newsletter subscription");
            driver.findElement(By.id("email")).sendKeys(email);
            driver.findElement(By.cssSelector("input[name=themes][value=water]")).click();
            // The form refuses a post in its first seconds, as a robot's.
            Thread.sleep(3_200);
            driver.findElement(By.cssSelector("form.contribution-form button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("consent-error")));
            chromium.checkAccessibility("newsletter subscription without consent");
            assertEquals(email, driver.findElement(By.id("email")).getAttribute("value"), "what was typed stays");
            assertTrue(driver.findElement(By.cssSelector("input[name=themes][value=water]")).isSelected());
            driver.findElement(By.id("consent")).click();
            driver.findElement(By.cssSelector("form.contribution-form button[type=submit]")).click();
            wait.until(ExpectedConditions.urlToBe(Api.BASE + "/lettre/abonnement/envoye"));
            chromium.checkAccessibility("newsletter subscription asked");

            // The confirmation only: text and HTML with its link, and no issue before the link is followed.
            String link = Mailbox.link(MAIL, email, "/lettre/confirmation");
            List<MimeMessage> received = NewsletterIT.to(MAIL, email);
            assertEquals(1, received.size());
            MimeMessage confirmation = received.get(0);
            assertTrue(confirmation.isMimeType("multipart/alternative"), confirmation.getContentType());
            assertTrue(confirmation.getSubject().contains("Confirmez votre abonnement"), confirmation.getSubject());
            assertTrue(NewsletterIT.part(confirmation, "text/plain").contains(link));
            String confirmationHtml = NewsletterIT.part(confirmation, "text/html");
            assertNull(confirmation.getHeader("List-Unsubscribe"), "nothing to unsubscribe from yet");
            NewsletterIT.publish("Mares temporaires " + marker, "water");
            String early = sendIssue(animator, "Avant confirmation " + marker);
            Thread.sleep(2_000);
            assertTrue(NewsletterIT.issuesTo(MAIL, email, early).isEmpty(), "nothing before the confirmation");

            // Its HTML part as the mail client shows it: the button leads to the link's page.
            driver.get("data:text/html;charset=utf-8;base64,"
                    + Base64.getEncoder().encodeToString(confirmationHtml.getBytes(StandardCharsets.UTF_8)));
            chromium.checkAccessibility("newsletter confirmation e-mail");
            assertEquals(link, driver.findElement(By.linkText("Confirmer mon abonnement")).getAttribute("href"));
            driver.get(link);
            chromium.checkAccessibility("newsletter confirmation link");
            driver.findElement(By.cssSelector("main form button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Abonnement confirmé"));
            chromium.checkAccessibility("newsletter confirmed");

            NewsletterIT.publish("Ripisylves " + marker, "water");
            String subject = sendIssue(animator, "Lettre " + marker);
            MimeMessage issue = NewsletterIT.awaitIssue(MAIL, email, subject);
            assertTrue(issue.isMimeType("multipart/alternative"), issue.getContentType());
            assertEquals("List-Unsubscribe=One-Click", issue.getHeader("List-Unsubscribe-Post", null));
            String header = issue.getHeader("List-Unsubscribe", null);
            assertTrue(header.matches("<https?://.+/lettre/desabonnement\\?jeton=.+>"), header);
            String text = NewsletterIT.part(issue, "text/plain");
            String html = NewsletterIT.part(issue, "text/html");
            assertTrue(text.contains("Ripisylves " + marker) && html.contains("Ripisylves " + marker), text);
            assertTrue(text.contains(header.substring(1, header.length() - 1)), text);

            // The HTML part, opened as the mail client shows it; its link leads to the one-click page.
            driver.get("data:text/html;charset=utf-8;base64,"
                    + Base64.getEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8)));
            chromium.checkAccessibility("newsletter issue e-mail");
            driver.findElement(By.linkText("Se désabonner")).click();
            wait.until(ExpectedConditions.urlContains("/lettre/desabonnement?jeton="));
            chromium.checkAccessibility("newsletter unsubscribe link");
            driver.findElement(By.cssSelector("main form button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Désabonnement"));
            chromium.checkAccessibility("newsletter unsubscribed");

            // The next issue reaches a subscriber of the same theme, not them.
            String witness = NewsletterIT.confirmed(MAIL, "temoin", "water");
            NewsletterIT.publish("Haies champêtres " + marker, "water");
            String later = sendIssue(animator, "Après désabonnement " + marker);
            NewsletterIT.awaitIssue(MAIL, witness, later);
            Thread.sleep(2_000);
            assertTrue(NewsletterIT.issuesTo(MAIL, email, later).isEmpty(), "unsubscribed: nothing more");
        }
    }

    @Test
    void aNetworksAnimatorComposesReordersPreviewsTestsAndSendsAnIssue() throws Exception {
        Person person = animator();
        String marker = Token.next();
        String older = "Bocage et pollinisateurs " + marker;
        String newer = "Chemins creux " + marker;
        NewsletterIT.publish(older, "biodiversity");
        NewsletterIT.publish(newer, "biodiversity");
        String reader = NewsletterIT.confirmed(MAIL, "lecteur", "biodiversity");
        String subject = "La lettre des réseaux " + marker;
        try (Chromium chromium = new Chromium()) {
            WebDriver driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            wait.ignoring(StaleElementReferenceException.class);
            logIn(driver, wait, person.email(), person.password());

            driver.get(Api.BASE + "/mon-espace");
            driver.findElement(By.linkText("Mes réseaux")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("animes")));
            chromium.checkAccessibility("my networks, an animator");
            // Shown without arguments, a message keeps its apostrophes as written: single ones.
            assertEquals("Les réseaux que j'anime", driver.findElement(By.id("animes")).getText());
            assertTrue(driver.findElement(By.tagName("main")).getText().contains("Vous n'êtes membre d'aucun réseau."));
            driver.findElement(By.linkText("Composer et envoyer la lettre d'information")).click();
            wait.until(ExpectedConditions.urlToBe(Api.BASE + "/lettre/numeros"));
            chromium.checkAccessibility("newsletter issues");
            driver.findElement(By.linkText("Composer un numéro")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("subject")));
            chromium.checkAccessibility("newsletter new issue");
            driver.findElement(By.id("subject")).sendKeys(subject);
            driver.findElement(By.cssSelector("main form button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("editorial")));
            chromium.checkAccessibility("newsletter draft");

            // Pre-selected, newest first; the older one goes up.
            List<String> items = titles(driver);
            assertTrue(items.indexOf(newer) >= 0 && items.indexOf(newer) < items.indexOf(older), items::toString);
            item(driver, older).findElement(By.cssSelector("button[value=up]")).click();
            wait.until(d -> {
                List<String> now = titles(d);
                return now.indexOf(older) >= 0 && now.indexOf(older) < now.indexOf(newer);
            });

            driver.findElement(By.id("editorial")).sendKeys("Bonjour à tous,\n\nvoici les nouvelles des réseaux.");
            driver.findElement(By.cssSelector("button[name=action][value=save]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editorial"), "nouvelles des réseaux"));

            // The previews: the e-mail framed in the page, then on its own, and its text.
            driver.switchTo().frame(driver.findElement(By.cssSelector("iframe.newsletter-preview")));
            String framed = driver.findElement(By.tagName("body")).getText();
            driver.switchTo().defaultContent();
            assertTrue(framed.contains("voici les nouvelles des réseaux") && framed.indexOf(older) < framed.indexOf(newer),
                    framed);
            driver.findElement(By.linkText("Le courriel, tel qu'il s'affiche")).click();
            wait.until(ExpectedConditions.urlContains("/apercu"));
            chromium.checkAccessibility("newsletter preview");
            driver.navigate().back();
            driver.findElement(By.linkText("Sa version texte")).click();
            wait.until(ExpectedConditions.urlContains("/apercu.txt"));
            assertTrue(driver.findElement(By.tagName("body")).getText().contains(newer));
            driver.navigate().back();

            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button[value=test]"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .notice"),
                    person.email()));
            chromium.checkAccessibility("newsletter test sent");
            assertTrue(NewsletterIT.part(NewsletterIT.awaitIssue(MAIL, person.email(), "[Essai] " + subject),
                    "text/plain").contains(older));

            driver.findElement(By.cssSelector("button[name=action][value=send]")).click();
            confirm(driver);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("progress-counts")));
            chromium.checkAccessibility("newsletter sending");
            // The progress updates in place while it sends, with no reload (which would forget this mark).
            boolean sending = driver.findElement(By.id("issue-status")).getText().equals("en cours d'envoi");
            ((JavascriptExecutor) driver).executeScript("window.sameDocument = true;");
            new WebDriverWait(driver, Duration.ofMinutes(3)).until(ExpectedConditions.textToBe(By.id("issue-status"),
                    "envoyé"));
            if (sending) {
                assertEquals(Boolean.TRUE, ((JavascriptExecutor) driver).executeScript("return window.sameDocument;"));
            }
            Matcher sent = SENT.matcher(driver.findElement(By.id("progress-counts")).getText());
            assertTrue(sent.find() && Integer.parseInt(sent.group(1)) >= 1, driver.findElement(By.id("progress-counts"))
                    .getText());
            chromium.checkAccessibility("newsletter sent");
            assertTrue(NewsletterIT.part(NewsletterIT.awaitIssue(MAIL, reader, subject), "text/html").contains(older));

            driver.findElement(By.linkText("Voir ce numéro en ligne")).click();
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), subject));
            chromium.checkAccessibility("newsletter issue page");
            driver.get(Api.BASE + "/lettre");
            assertTrue(driver.findElement(By.cssSelector(".newsletter-archive")).getText().contains(subject));
        }
    }

    @Test
    void aMemberManagesTheNewsletterTheirListsAndTheirSavedSearchesFromTheirSpace() throws Exception {
        ListFixture network = ListFixture.create(MAIL);
        Person person = network.member(MAIL, "ACCEPTED", true);
        String search = "Mares " + Token.next();
        Api.post("/api/saved-searches", person.basic(), Json.createObjectBuilder().add("name", search)
                .add("search", "q=mares").add("frequency", "none").build()).expect(201);
        try (Chromium chromium = new Chromium()) {
            WebDriver driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            wait.ignoring(StaleElementReferenceException.class);
            logIn(driver, wait, person.email(), person.password());
            driver.get(Api.BASE + "/mon-espace");
            driver.findElement(By.linkText("Mes abonnements")).click();
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Mes abonnements"));
            chromium.checkAccessibility("my subscriptions");
            WebElement letter = driver.findElement(By.cssSelector("section[aria-labelledby=lettre]"));
            assertTrue(letter.getText().contains(person.email()), letter.getText());

            // The newsletter: subscribing sends the confirmation e-mail, and only that.
            letter.findElement(By.cssSelector("input[name=themes][value=water]")).click();
            letter.findElement(By.cssSelector("button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main .notice-success")));
            chromium.checkAccessibility("my subscriptions, newsletter asked");
            assertTrue(driver.findElement(By.cssSelector("section[aria-labelledby=lettre]")).getText()
                    .contains("En attente de confirmation"));
            Mailbox.link(MAIL, person.email(), "/lettre/confirmation");

            // The list: no longer received.
            WebElement lists = driver.findElement(By.cssSelector("section[aria-labelledby=listes]"));
            assertTrue(lists.getText().contains("Réseau " + network.slug()), lists.getText());
            lists.findElement(By.cssSelector("button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .notice-success"),
                    "Vous ne recevrez plus les messages de la liste"));
            chromium.checkAccessibility("my subscriptions, list stopped");

            // The saved search: weekly, then deleted after the dialog's question.
            WebElement alerts = driver.findElement(By.cssSelector("section[aria-labelledby=alertes]"));
            new org.openqa.selenium.support.ui.Select(alerts.findElement(By.cssSelector("select[name=frequency]")))
                    .selectByValue("weekly");
            alerts.findElement(By.cssSelector("select[name=frequency]")).findElement(By.xpath("ancestor::form"))
                    .findElement(By.cssSelector("button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .notice-success"),
                    "La fréquence du résumé est changée."));
            assertTrue(driver.findElement(By.cssSelector("section[aria-labelledby=alertes]")).getText()
                    .contains("Chaque semaine"));
            driver.findElement(By.cssSelector("section[aria-labelledby=alertes] button[data-confirm]")).click();
            confirm(driver);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .notice-success"),
                    "La recherche est supprimée."));
            chromium.checkAccessibility("my subscriptions, search deleted");
            assertTrue(!driver.findElement(By.tagName("main")).getText().contains(search));
        }
    }

    private static List<String> titles(WebDriver driver) {
        return driver.findElements(By.cssSelector("ol.newsletter-items li > a")).stream().map(WebElement::getText)
                .toList();
    }

    private static WebElement item(WebDriver driver, String title) {
        return driver.findElements(By.cssSelector("ol.newsletter-items li")).stream()
                .filter(li -> li.findElement(By.cssSelector("a")).getText().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + title));
    }
}
