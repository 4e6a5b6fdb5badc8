package fr.bocage.it.training.webinar;

import static fr.bocage.it.contribution.ContributionJourneyBrowserIT.logIn;
import static fr.bocage.it.contribution.ContributionJourneyBrowserIT.logOut;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.bocage.it.Api;
import fr.bocage.it.Chromium;
import fr.bocage.it.Mailbox;
import fr.bocage.it.Token;
import fr.bocage.it.contribution.ContributionJourneyBrowserIT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The webinar journey of issue 5 in a real headless Chromium: a trainer schedules a webinar of one place on the day
 * after Paris next changes its clocks; a visitor registers, confirms from the e-mailed link and gets a valid
 * invitation, a second one goes on the waiting list; the first cancels from the e-mail's link and the second is given the place; the trainer adds slides
 * and sees who is registered; an anonymous visitor finds the webinar by a word said on the twelfth slide only.
 */
class WebinarJourneyBrowserIT {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** The visitors' browser is overseas, so that the page also gives them their own time. */
    private static final ZoneId VISITOR_ZONE = ZoneId.of("America/Guadeloupe");
    private static final String JOIN_URL = "https://visio.example/salle-bocage";
    private static final String CANCEL_PAGE = "/webinaires/annulation";
    private static final Pattern SAVED = Pattern.compile("/webinaires/(\\d+)\\?enregistre$");

    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.server();

    @Test
    void fromSchedulingToSlidesFoundBySearch() throws Exception {
        String trainer = "formatrice-" + Token.next();
        Api.createAccount(trainer, "trainer");
        String title = "Mares et amphibiens " + Token.next();
        String first = "premiere-" + Token.next() + "@exemple.fr";
        String second = "seconde-" + Token.next() + "@exemple.fr";

        // The day after the next change of Paris clocks, at 10:00 there: its offset is not today's.
        ZoneRules rules = PARIS.getRules();
        LocalDateTime local = rules.nextTransition(Instant.now()).getDateTimeAfter().toLocalDate().plusDays(1)
                .atTime(10, 0);
        Instant start = local.atZone(PARIS).toInstant();
        assertNotEquals(rules.getOffset(Instant.now()), rules.getOffset(start), "across a daylight-saving change");
        String when = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu 'à' HH'h'mm", Locale.FRENCH)
                .format(local); // « lundi 29 mars 2027 à 10h00 »

        String slideWord = Token.next();
        Path slides = ContributionJourneyBrowserIT.pdf("Diaporama",
                "Diapositive 1 : les mares du bocage.",
                "Diapositive 2 : les amphibiens.",
                "Diapositive 12 : le " + slideWord + " des mares forestières.");
        String slidesTitle = "Diaporama " + title;

        try (Chromium chromium = new Chromium()) {
            WebDriver driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            ((HasCdp) driver).executeCdpCommand("Emulation.setTimezoneOverride",
                    Map.of("timezoneId", VISITOR_ZONE.getId()));

            // 1. The trainer schedules the webinar.
            driver.get(Api.BASE + "/connexion");
            chromium.checkAccessibility("login");
            logIn(driver, wait, trainer, Api.passwordOf(trainer));
            driver.get(Api.BASE + "/webinaires");
            chromium.checkAccessibility("webinars, trainer");
            driver.findElement(By.linkText("Programmer un webinaire")).click();
            wait.until(ExpectedConditions.urlToBe(Api.BASE + "/webinaires/nouveau"));
            chromium.checkAccessibility("webinar form");
            driver.findElement(By.id("title")).sendKeys(title);
            driver.findElement(By.id("summary")).sendKeys("Creuser, entretenir et suivre les mares pour les tritons.");
            driver.findElement(By.cssSelector("input[name=theme][value=biodiversity]")).click();
            WebElement startsAt = driver.findElement(By.id("startsAt"));
            // Typing into a datetime-local depends on the browser's locale: the value is set as a script would.
            ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                    + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                    + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                    startsAt, local.toString());
            assertEquals(local.toString(), startsAt.getDomProperty("value"));
            replace(driver.findElement(By.id("durationMinutes")), "60", "90");
            replace(driver.findElement(By.id("capacity")), "100", "1");
            driver.findElement(By.id("speakerName0")).sendKeys("Louise Mercier");
            driver.findElement(By.id("speakerOrganisation0")).sendKeys("Conservatoire d'espaces naturels");
            driver.findElement(By.id("joinUrl")).sendKeys(JOIN_URL);
            chromium.screenshot("webinar-form");
            WebElement form = driver.findElement(By.cssSelector("form.contribution-form"));
            assertEquals("", ((JavascriptExecutor) driver).executeScript("return Array.from(arguments[0].elements)"
                    + ".filter(e => !e.checkValidity()).map(e => e.id + ': ' + e.validationMessage).join('; ')", form),
                    "the browser sends the form");
            form.findElement(By.cssSelector("p.actions button[type=submit]")).click();
            wait.until(ExpectedConditions.or(ExpectedConditions.urlMatches(SAVED.pattern()),
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice-error"))));
            assertTrue(driver.findElements(By.cssSelector(".notice-error")).isEmpty(),
                    () -> driver.findElement(By.cssSelector(".notice-error")).getText());
            Matcher saved = SAVED.matcher(driver.getCurrentUrl());
            assertTrue(saved.find());
            long id = Long.parseLong(saved.group(1));
            String page = Api.BASE + "/webinaires/" + id;
            assertEquals("Le webinaire est enregistré.", notice(driver));
            assertEquals(title, driver.findElement(By.tagName("h1")).getText());
            WebElement time = driver.findElement(By.cssSelector(".webinar-when time"));
            assertEquals(start.toString(), time.getDomAttribute("datetime"), "the start is stored in UTC");
            assertEquals(when, time.getText(), "and shown in Paris time");
            assertTrue(driver.findElement(By.cssSelector(".webinar-when")).getText().contains("jusqu'à 11h30"));
            chromium.checkAccessibility("webinar, trainer");
            logOut(driver, wait);

            // 2. A visitor registers and receives a valid invitation with the joining link.
            driver.get(Api.BASE + "/webinaires");
            chromium.checkAccessibility("webinars");
            driver.findElement(By.cssSelector(".webinars-upcoming")).findElement(By.linkText(title)).click();
            wait.until(ExpectedConditions.urlToBe(page));
            String visitorsTime = DateTimeFormatter.ofPattern("HH:mm").format(start.atZone(VISITOR_ZONE));
            String localTime = driver.findElement(By.cssSelector(".webinar-when .local-time")).getText();
            assertTrue(localTime.contains(visitorsTime) && localTime.contains(VISITOR_ZONE.getId()), localTime);
            assertTrue(driver.findElements(By.linkText("Rejoindre le webinaire")).isEmpty(),
                    "the joining link is for registered people only");
            chromium.checkAccessibility("webinar, visitor");
            chromium.screenshot("webinar-visitor");
            register(driver, "Camille Martin", first);
            wait.until(ExpectedConditions.urlToBe(page + "?inscription=demandee#inscription-etat"));
            assertTrue(notice(driver).startsWith("Vérifiez votre messagerie."), notice(driver));
            assertEquals(0, Api.get("/api/webinars/" + id).expect(200).json().getInt("registered"),
                    "no place before the e-mailed link is followed");
            driver.get(Mailbox.link(MAIL, first, Registrations.CONFIRM_PAGE));
            assertEquals(title, driver.findElement(By.cssSelector("main h2 a")).getText());
            chromium.checkAccessibility("registration to confirm");
            driver.findElement(By.xpath("//button[normalize-space()='Confirmer mon inscription']")).click();
            wait.until(ExpectedConditions.urlToBe(page + "?inscription=confirmee"));
            assertTrue(notice(driver).startsWith("Vous êtes inscrit(e)."), notice(driver));
            chromium.checkAccessibility("webinar, registered");

            VEvent invitation = WebinarRegistrationIT.onlyEvent(Mailbox.calendars(MAIL, first, 1).get(0));
            DtStart<?> dtStart = invitation.getDateTimeStart().orElseThrow();
            assertEquals("Europe/Paris", dtStart.getRequiredParameter("TZID").getValue());
            ZonedDateTime invited = ZonedDateTime.from(dtStart.getDate());
            assertEquals(start, invited.toInstant());
            assertEquals(local, invited.withZoneSameInstant(PARIS).toLocalDateTime());
            assertTrue(dtStart.getValue().endsWith("T100000"), dtStart.getValue());
            assertEquals(title, invitation.getSummary().orElseThrow().getValue());
            assertEquals(JOIN_URL, invitation.getLocation().orElseThrow().getValue());

            // 3. The only place is taken: a second visitor goes on the waiting list, with no joining link.
            driver.get(Api.BASE + "/webinaires");
            driver.findElement(By.cssSelector(".webinars-upcoming")).findElement(By.linkText(title)).click();
            wait.until(ExpectedConditions.urlToBe(page));
            assertTrue(driver.findElement(By.cssSelector("[aria-labelledby=register-title]")).getText()
                    .contains("Toutes les places sont prises"));
            chromium.checkAccessibility("webinar, full");
            register(driver, "Dominique Le Goff", second);
            wait.until(ExpectedConditions.urlToBe(page + "?inscription=demandee#inscription-etat"));
            driver.get(Mailbox.link(MAIL, second, Registrations.CONFIRM_PAGE));
            driver.findElement(By.xpath("//button[normalize-space()='Confirmer mon inscription']")).click();
            wait.until(ExpectedConditions.urlToBe(page + "?inscription=attente&rang=1"));
            assertTrue(notice(driver).contains("liste d'attente, en position 1"), notice(driver));
            chromium.checkAccessibility("webinar, waiting");
            VEvent waiting = WebinarRegistrationIT.onlyEvent(Mailbox.calendars(MAIL, second, 1).get(0));
            assertEquals(start, ZonedDateTime.from(waiting.getDateTimeStart().orElseThrow().getDate()).toInstant());
            assertTrue(waiting.getProperty(Property.LOCATION).isEmpty(), "no joining link on the waiting list");

            // 4. The first visitor cancels from their personal link; the place goes to the second.
            driver.get(Mailbox.link(MAIL, first, CANCEL_PAGE));
            assertEquals(title, driver.findElement(By.cssSelector("main h2 a")).getText());
            assertEquals(JOIN_URL, driver.findElement(By.linkText("Rejoindre le webinaire")).getDomAttribute("href"));
            chromium.checkAccessibility("cancellation");
            chromium.screenshot("cancellation");
            driver.findElement(By.xpath("//button[normalize-space()=\"Confirmer l'annulation\"]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .notice"),
                    "Votre inscription est annulée"));
            chromium.checkAccessibility("cancelled");

            List<String> subjects = Mailbox.subjects(MAIL, second, 3);
            assertEquals("Une place s'est libérée : " + title, subjects.get(2), subjects.toString());
            VEvent promoted = WebinarRegistrationIT.onlyEvent(Mailbox.calendars(MAIL, second, 2).get(1));
            assertEquals(JOIN_URL, promoted.getLocation().orElseThrow().getValue());
            assertEquals(start, ZonedDateTime.from(promoted.getDateTimeStart().orElseThrow().getDate()).toInstant());

            // 5. The trainer reaches who comes from « Mon espace », and adds the slides.
            logIn(driver, wait, trainer, Api.passwordOf(trainer));
            driver.get(Api.BASE + "/mon-espace");
            WebElement trainings = driver.findElement(By.cssSelector("ul.trainings"));
            assertEquals("Mes formations et webinaires", driver.findElement(By.id("mes-formations")).getText());
            chromium.checkAccessibility("my space, trainer");
            trainings.findElement(By.cssSelector("a[href='/webinaires/inscrits/" + id + "']")).click();
            wait.until(ExpectedConditions.urlToBe(Api.BASE + "/webinaires/inscrits/" + id));
            Map<String, String> statuses = driver.findElements(By.cssSelector("table.registrants tbody tr")).stream()
                    .collect(Collectors.toMap(row -> row.findElement(By.cssSelector("td:nth-child(2)")).getText(),
                            row -> row.findElement(By.cssSelector("td:nth-child(4)")).getText()));
            assertEquals(Map.of(second, "Confirmée"), statuses, "the cancelled registration is gone");
            chromium.checkAccessibility("registrants");
            chromium.screenshot("registrants");
            fitsAPhone(chromium, "/webinaires/inscrits/" + id, "registrants-390");
            long longTitled = WebinarIT.schedule(Api.createAccount("formateur-" + Token.next(), "trainer"),
                    WebinarIT.webinar("Restauration" + "écologique".repeat(12) + " des mares", "Mares.",
                            Instant.now().plus(Duration.ofDays(20)), 10));
            fitsAPhone(chromium, "/webinaires/" + longTitled, "webinar-long-title-390");
            driver.get(Api.BASE + "/webinaires/inscrits/" + id);

            driver.findElement(By.linkText("Retour au webinaire")).click();
            wait.until(ExpectedConditions.urlToBe(page));
            driver.findElement(By.xpath("//summary[normalize-space()='Ajouter un support (diaporama, document)']"))
                    .click();
            driver.findElement(By.id("material-file")).sendKeys(slides.toString());
            driver.findElement(By.id("material-title")).sendKeys(slidesTitle);
            chromium.checkAccessibility("webinar, adding slides");
            driver.findElement(By.cssSelector("details.replace-file button[type=submit]")).click();
            wait.until(ExpectedConditions.urlContains("?support="));
            assertTrue(driver.getCurrentUrl().startsWith(page + "?support="), driver.getCurrentUrl());
            assertTrue(notice(driver).startsWith("Le support est ajouté et publié."), notice(driver));
            WebElement materials = driver.findElement(By.cssSelector("[aria-labelledby=materials-title]"));
            assertEquals("Supports", materials.findElement(By.tagName("h2")).getText());
            assertEquals(slidesTitle, materials.findElement(By.cssSelector("ul.materials li a")).getText());
            chromium.checkAccessibility("webinar with slides");
            chromium.screenshot("webinar-slides");
            logOut(driver, wait);

            // 6. Anybody finds the webinar, and its slides, by a word of the twelfth slide.
            Api.searchSettled(2, "q", slideWord);
            driver.get(Api.BASE + "/recherche");
            chromium.checkAccessibility("search");
            driver.findElement(By.id("q")).sendKeys(slideWord);
            driver.findElement(By.cssSelector("#search-form button[type=submit]")).click();
            wait.until(ExpectedConditions.urlContains("/recherche?q=" + slideWord));
            Map<String, String> hits = driver.findElements(By.cssSelector("ol.hits li.hit")).stream()
                    .collect(Collectors.toMap(hit -> hit.findElement(By.cssSelector(".hit-title a")).getText(),
                            hit -> hit.findElement(By.cssSelector(".hit-meta .tag")).getText()));
            assertEquals(Map.of(title, "Webinaire", slidesTitle, "Support de webinaire"), hits);
            chromium.checkAccessibility("search, slides found");
            chromium.screenshot("search-slides");
            driver.findElement(By.linkText(title)).click();
            wait.until(ExpectedConditions.urlToBe(page));
            assertEquals(title, driver.findElement(By.tagName("h1")).getText());
        } finally {
            Files.deleteIfExists(slides);
        }
    }

    /**
     * Issue 20, « a course session signed up to »: a visitor in Paris opens a course held in Guyane, reads the
     * session in Guyane time and in their own, signs up from the session's row (a refused form focuses its first
     * field in error), confirms from the e-mail; the trainer reaches the session's registrants. Axe at 1280 px and
     * 390 px, and nothing scrolls sideways on a phone.
     */
    @Test
    void aCourseSessionSignedUpTo() throws Exception {
        String trainer = "formatrice-" + Token.next();
        Api.Caller trainerApi = Api.createAccount(trainer, "trainer");
        String title = "Agroforesterie en Guyane " + Token.next();
        String visitor = "stagiaire-" + Token.next() + "@exemple.fr";
        String year = Integer.toString(java.time.LocalDate.now().getYear() + 1);
        long id = fr.bocage.it.training.course.CourseIT.publish(trainerApi, fr.bocage.it.training.course.CourseIT
                .course(title, "Concevoir une parcelle agroforestière.").add("sessions", jakarta.json.Json
                        .createArrayBuilder().add(jakarta.json.Json.createObjectBuilder()
                                .add("startsAt", year + "-06-02T08:30").add("endsAt", year + "-06-02T16:30")
                                .add("place", "Saint-Laurent-du-Maroni").add("capacity", 12)
                                .add("timeZone", "America/Cayenne"))));
        String page = Api.BASE + "/formations/" + id;

        try (Chromium chromium = new Chromium()) {
            WebDriver driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            ((HasCdp) driver).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Europe/Paris"));

            driver.get(page);
            String when = driver.findElement(By.cssSelector("table.sessions time")).getText();
            assertTrue(when.contains("8 h 30 – 16 h 30, heure de Guyane"), when);
            String local = driver.findElement(By.cssSelector("table.sessions .local-time")).getText();
            assertTrue(local.contains("13:30") && local.contains("Europe/Paris"), "the visitor's own time: " + local);
            chromium.checkAccessibility("course with sessions, visitor");
            driver.findElement(By.cssSelector("table.sessions a[href*='session=1']")).click();
            wait.until(ExpectedConditions.urlContains("?session=1#inscription"));
            assertEquals("1", driver.findElement(By.id("session")).getDomProperty("value"), "the row's session chosen");
            driver.findElement(By.cssSelector("[aria-labelledby=inscription] button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("name-error")));
            wait.until(d -> "name".equals(((JavascriptExecutor) d).executeScript("return document.activeElement.id;")));
            chromium.checkAccessibility("course sign-up refused");
            WebElement form = driver.findElement(By.cssSelector("[aria-labelledby=inscription] form"));
            form.findElement(By.id("name")).sendKeys("Léa Horth");
            form.findElement(By.id("email")).sendKeys(visitor);
            form.findElement(By.id("consent")).click();
            form.findElement(By.cssSelector("button[type=submit]")).click();
            wait.until(ExpectedConditions.urlContains("inscription=demandee"));
            assertTrue(notice(driver).startsWith("Vérifiez votre messagerie."), notice(driver));

            driver.get(Mailbox.link(MAIL, visitor, Registrations.CONFIRM_PAGE));
            assertEquals(title, driver.findElement(By.cssSelector("main h2 a")).getText());
            assertTrue(driver.findElement(By.tagName("main")).getText().contains("heure de Guyane"));
            chromium.checkAccessibility("course session to confirm");
            fitsAPhone(chromium, Mailbox.pathOf(Mailbox.link(MAIL, visitor, Registrations.CONFIRM_PAGE)),
                    "course-session-confirm-phone");
            driver.findElement(By.xpath("//button[normalize-space()='Confirmer mon inscription']")).click();
            wait.until(ExpectedConditions.urlContains("inscription=confirmee"));
            assertTrue(notice(driver).startsWith("Votre place à la session est confirmée."), notice(driver));
            chromium.checkAccessibility("course session, registered");
            fitsAPhone(chromium, "/formations/" + id, "course-session-phone");

            logIn(driver, wait, trainer, Api.passwordOf(trainer));
            driver.get(page);
            driver.findElement(By.cssSelector("table.sessions a[href*='/webinaires/inscrits/']")).click();
            wait.until(ExpectedConditions.urlContains("/webinaires/inscrits/" + id + "?session="));
            assertTrue(driver.findElement(By.tagName("main")).getText().contains(visitor));
            chromium.checkAccessibility("course session registrants");
            fitsAPhone(chromium, "/webinaires/inscrits/" + id + "?session=1", "course-session-registrants-phone");
            logOut(driver, wait);
        }
    }

    private static void register(WebDriver driver, String name, String email) {
        WebElement form = driver.findElement(By.cssSelector("[aria-labelledby=register-title] form"));
        form.findElement(By.id("name")).sendKeys(name);
        form.findElement(By.id("email")).sendKeys(email);
        form.findElement(By.id("organisation")).sendKeys("Parc naturel régional d'Armorique");
        form.findElement(By.id("consent")).click();
        form.findElement(By.cssSelector("button[type=submit]")).click();
    }

    /** Types {@code value} in a field the form fills in with {@code proposed}. */
    private static void replace(WebElement field, String proposed, String value) {
        assertEquals(proposed, field.getDomProperty("value"), "the form's proposal");
        field.clear();
        field.sendKeys(value);
    }

    private static String notice(WebDriver driver) {
        return driver.findElement(By.cssSelector("main .notice[role=status]")).getText();
    }

    /** At 390 px, the page at {@code path} scrolls no sideways and axe finds nothing serious; back to 1280 after. */
    private static void fitsAPhone(Chromium chromium, String path, String name) {
        WebDriver driver = chromium.driver();
        Dimension desktop = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(390, 844));
            driver.get(Api.BASE + path);
            long width = (Long) ((JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollWidth;");
            long viewport = (Long) ((JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.clientWidth;");
            assertTrue(width <= viewport, path + ": no horizontal scrolling: " + width + " > " + viewport);
            chromium.checkAccessibility(name);
            chromium.screenshot(name);
        } finally {
            driver.manage().window().setSize(desktop);
        }
    }
}
