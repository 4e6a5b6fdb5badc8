package fr.bocage.it.contribution;

import static fr.bocage.it.contribution.ContributionJourneyBrowserIT.logIn;
import static fr.bocage.it.contribution.ContributionJourneyBrowserIT.logOut;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.it.Api;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Api.Form;
import fr.bocage.it.Chromium;
import fr.bocage.it.Token;
import jakarta.json.Json;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The moderator's journey of issue 20 in headless Chromium, on a 1280-pixel screen then on a 390-pixel phone:
 * « Publier » asks in a dialog first (cancelled, nothing happens), once confirmed the page says so and leads to the
 * next contribution; the queue and the accounts page fit a phone, and axe finds nothing serious at either width.
 */
class ModerationBrowserIT {

    @Test
    void publishingIsConfirmedThenLeadsToTheNextContributionOnAScreenAndOnAPhone() throws IOException {
        String moderator = "relectrice-" + Token.next().substring(1, 7);
        String password = "relecture-" + Token.next();
        Api.post("/api/admin/accounts", Caller.ADMIN, Json.createObjectBuilder().add("username", moderator)
                .add("password", password).add("displayName", "Relectrice")
                .add("roles", Json.createArrayBuilder().add("moderator")).build()).expect(201);
        Caller contributor = Api.createAccount("contributrice-" + Token.next(), "contributor");
        long first = submitted(contributor, "Haies champêtres " + Token.next());
        // Each width publishes one and needs another after it.
        for (String title : new String[] {"Mares forestières ", "Vergers haute tige "}) {
            submitted(contributor, title + Token.next());
        }

        try (Chromium chromium = new Chromium()) {
            WebDriver driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            for (int width : new int[] {1280, 390}) {
                driver.manage().window().setSize(new Dimension(width, 900));
                logIn(driver, wait, moderator, password);
                String count = driver.findElement(By.cssSelector(".account-menu a[href='/moderation'] .waiting")).getText();
                assertTrue(Integer.parseInt(count) >= 1, "the header counts what waits: " + count);
                driver.get(Api.BASE + "/moderation");
                fits(driver, width, "queue");
                chromium.checkAccessibility("moderation queue at " + width);
                chromium.screenshot("moderation-queue-" + width);

                long reviewed = width == 1280 ? first : nextInQueue();
                driver.get(Api.BASE + "/moderation/ressources/" + reviewed);
                fits(driver, width, "review");
                WebElement publish = driver.findElement(By.cssSelector(".decision button[value='publish']"));
                publish.click();
                WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("dialog.confirm-dialog[open]")));
                assertTrue(dialog.getText().startsWith("Publier « "), dialog.getText());
                chromium.checkAccessibility("confirmation dialog at " + width);
                chromium.screenshot("moderation-confirm-" + width);
                dialog.findElement(By.cssSelector("button.secondary")).click();
                wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("dialog.confirm-dialog"), 0));
                assertEquals("submitted", status(reviewed), "cancelled, nothing was decided");

                publish.click();
                ContributionJourneyBrowserIT.confirm(driver);
                wait.until(ExpectedConditions.urlContains("decision=publish"));
                assertEquals("published", status(reviewed));
                WebElement notice = driver.findElement(By.cssSelector(".notice[role=status]"));
                assertTrue(notice.getText().contains("La contribution est publiée"), notice.getText());
                WebElement next = notice.findElement(By.cssSelector("a[rel=next]"));
                String expected = "/moderation/ressources/" + nextInQueue();
                assertTrue(next.getAttribute("href").endsWith(expected), next.getAttribute("href"));
                chromium.checkAccessibility("decision taken at " + width);
                next.click();
                wait.until(ExpectedConditions.urlMatches(expected + "$"));
                logOut(driver, wait);

                logIn(driver, wait, "admin", Api.ADMIN_PASSWORD);
                driver.get(Api.BASE + "/admin/comptes");
                fits(driver, width, "accounts");
                chromium.checkAccessibility("accounts at " + width);
                chromium.screenshot("admin-accounts-" + width);
                driver.findElement(By.id("account-text")).sendKeys(moderator);
                driver.findElement(By.cssSelector(".search-accounts button")).click();
                wait.until(ExpectedConditions.urlContains("q=" + moderator));
                assertEquals(1, driver.findElements(By.cssSelector("table.accounts tbody tr")).size());
                logOut(driver, wait);
            }
        }
    }

    /** No sideways scrolling: the page is no wider than the window. */
    private static void fits(WebDriver driver, int width, String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long scroll = (Long) js.executeScript("return document.documentElement.scrollWidth;");
        long viewport = (Long) js.executeScript("return document.documentElement.clientWidth;");
        if (scroll > viewport) {
            Object wide = js.executeScript("var out = [];"
                    + "document.querySelectorAll('body *').forEach(function (e) {"
                    + "  var r = e.getBoundingClientRect();"
                    + "  if (r.right > document.documentElement.clientWidth + 1 && out.length < 8) {"
                    + "    out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right)); } });"
                    + "return out.join(', ');");
            throw new AssertionError(page + " at " + width + " px scrolls sideways: " + scroll + " > " + viewport
                    + "; too wide: " + wide);
        }
    }

    private static long submitted(Caller owner, String title) {
        long id = Api.upload(Form.text("contribution-" + Token.next() + ".txt", title + " : un texte à relire.")
                .field("title", title).field("type", "guide").described(), owner).expect(201).locationId();
        Api.post("/api/resources/" + id + "/submit", owner).expect(200);
        return id;
    }

    private static long nextInQueue() {
        return Api.get("/api/moderation/queue", Caller.ADMIN).expect(200).jsonArray().getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    private static String status(long id) {
        return Api.get("/api/resources/" + id, Caller.ADMIN).expect(200).json().getString("status");
    }
}
