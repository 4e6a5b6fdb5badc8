package fr.bocage.it.portal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.it.Api;
import fr.bocage.it.Api.Form;
import fr.bocage.it.Chromium;
import fr.bocage.it.Token;
import fr.bocage.it.catalog.ApiIT;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal in a real headless Chromium (Debian's chromium and chromium-driver), against {@code bocage-it}: the
 * class uploads five resources sharing a fresh token, then uses the pages as a visitor would, keyboard included,
 * and checks each kind of page with axe-core (WCAG 2.1 A and AA).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalBrowserIT {
    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension PHONE = new Dimension(390, 844);

    private final String token = Token.next();
    private final Map<Long, byte[]> contents = new HashMap<>();
    private Chromium chromium;
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    void createContentAndStartBrowser() throws IOException {
        upload("haies.txt", "Haies de " + token, "guide", "biodiversity", "bretagne", "2021");
        upload("mares.html", "Mares de " + token, "guide", "water", "normandie", "2022");
        upload("ruissellement.txt", "Ruissellement " + token, "technical-note", "water", "bretagne", "2023");
        upload("atlas.txt", "Atlas communal " + token, "experience-report", "biodiversity|agriculture-forest-food",
                "occitanie", "2024");
        upload("velo.html", "Vélo au quotidien " + token, "awareness", "mobility", "national", "2020");
        Api.searchSettled(5, "q", token);

        chromium = new Chromium();
        driver = chromium.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    /** @param themes theme codes, separated by | */
    private void upload(String fileName, String title, String type, String themes, String territory, String year) {
        String body = fileName.endsWith(".html")
                ? "<html><body><h1>" + title + "</h1><p>Retour de terrain sur les territoires.</p></body></html>"
                : title + ". Document de travail pour les collectivités et les associations.\n";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Form form = Form.file(fileName, bytes).field("title", title).field("type", type)
                .field("territory", territory).field("year", year);
        for (String theme : themes.split("\\|")) {
            form.field("theme", theme);
        }
        contents.put(Api.create(form), bytes);
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void homeLeadsToTheSearchWithTheKeyboard() {
        open("/");
        assertEquals(List.of("S'informer", "Contribuer", "Se former", "Le réseau"),
                driver.findElements(By.cssSelector(".pillars h3")).stream().map(WebElement::getText).toList());
        chromium.screenshot("home");
        chromium.checkAccessibility("home");

        driver.findElement(By.id("q")).sendKeys(token, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/recherche?q=" + token));
        assertEquals(5, hits().size());
        assertTrue(driver.findElement(By.id("results")).getText().startsWith("5 résultats"));
    }

    @Test
    void facetNarrowsWhileItsOtherValuesKeepTheirCounts() {
        open("/recherche?q=" + token);
        WebElement guide = checkbox("type", "guide");
        guide.sendKeys(Keys.SPACE); // focus and space, as with a keyboard: the script submits the form
        wait.until(ExpectedConditions.urlContains("type=guide"));

        assertEquals(2, hits().size());
        assertTrue(checkbox("type", "guide").isSelected());
        assertEquals(checkbox("type", "guide"), driver.switchTo().activeElement(), "focus is back on the box");
        assertEquals("Note technique (1)", label("type", "technical-note"));
        assertEquals("Retour d'expériences (1)", label("type", "experience-report"));
        assertEquals("Sensibilisation (1)", label("type", "awareness"));
        assertEquals("Eau et milieux aquatiques (1)", label("theme", "water"));
        chromium.screenshot("search");
        chromium.checkAccessibility("search with a facet selected");

        driver.findElement(By.cssSelector(".chips a.chip:not(.chip-clear)")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("type=guide")));
        assertEquals(5, hits().size());
    }

    @Test
    void paginationGoesToTheSecondPage() {
        open("/recherche?q=" + token + "&size=2");
        WebElement pagination = driver.findElement(By.cssSelector("nav[aria-label='Pagination']"));
        assertEquals("1", pagination.findElement(By.cssSelector("[aria-current='page']")).getText());
        pagination.findElement(By.cssSelector("a[aria-label='Page 2']")).click();
        wait.until(ExpectedConditions.urlContains("page=2"));
        assertEquals("2", driver.findElement(By.cssSelector("nav[aria-label='Pagination'] [aria-current='page']"))
                .getText());
        assertEquals(2, hits().size());
    }

    @Test
    void resultOpensTheResourcePageWithAWorkingDownload() {
        open("/recherche?q=" + token + "&type=technical-note");
        hits().get(0).findElement(By.cssSelector("h3 a")).click();
        wait.until(ExpectedConditions.urlMatches("/ressources/\\d+\\?retour="));
        long id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/ressources/(\\d+).*", "$1"));

        assertEquals("Ruissellement " + token, driver.findElement(By.tagName("h1")).getText());
        String metadata = driver.findElement(By.cssSelector("dl.metadata")).getText();
        assertTrue(metadata.contains("Note technique") && metadata.contains("Eau et milieux aquatiques")
                && metadata.contains("Bretagne") && metadata.contains("2023"), metadata);
        assertTrue(driver.findElement(By.cssSelector(".citation")).getText().contains("Ruissellement " + token));
        WebElement download = driver.findElement(By.cssSelector(".download a"));
        assertTrue(download.getText().contains("Texte,"), download.getText());
        String href = download.getAttribute("href");
        assertArrayEquals(contents.get(id), Api.get(href.substring(Api.BASE.length())).expect(200).bytes());
        chromium.screenshot("resource");
        chromium.checkAccessibility("resource");
    }

    @Test
    void searchWithoutResultsSuggestsWhatToDo() {
        // Two words found nowhere: with one known word, the search would answer what holds that one (never a dead end).
        open("/recherche?q=" + Token.next() + "+" + Token.next() + "&type=guide");
        assertEquals("Aucune ressource ne correspond à votre recherche",
                driver.findElement(By.cssSelector(".notice h3")).getText());
        assertTrue(driver.findElements(By.cssSelector(".notice a")).stream()
                .anyMatch(a -> a.getText().equals("Biodiversité")));
        chromium.checkAccessibility("empty result");
    }

    @Test
    void aTypoFindsTheResultsOfItsCorrection() {
        open("/recherche");
        driver.findElement(By.id("q")).sendKeys(ApiIT.misspelt(token), Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/recherche?q="));
        assertEquals(5, hits().size());
        WebElement banner = driver.findElement(By.cssSelector(".correction"));
        assertTrue(banner.getText().startsWith("Résultats pour « " + token + " » (aucun résultat pour « "
                + ApiIT.misspelt(token) + " »)"), banner.getText());
        chromium.checkAccessibility("corrected search");

        banner.findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.urlContains("exact=true"));
        assertEquals(0, hits().size());
    }

    @Test
    void fewResultsOfferTheCorrectionToAccept() {
        String other = Token.next();
        Api.create(Form.text("bocage.txt", "Bocage de " + other).field("title", "Bocage " + other));
        Api.searchSettled(1, "q", other);

        open("/recherche?q=" + other + "+OU+" + ApiIT.misspelt(token));
        assertEquals(1, hits().size());
        WebElement suggestion = driver.findElement(By.cssSelector(".suggestion"));
        assertEquals("Vouliez-vous dire : " + other + " OU " + token + " ?", suggestion.getText());
        suggestion.findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.urlContains("OU+" + token));
        assertEquals(6, hits().size());
    }

    @Test
    void completionsOpenATitleWithTheKeyboard() {
        String typed = "ruissellement " + token.substring(0, 6);
        // Completions are rebuilt every few seconds: wait until they know this class's resources.
        Api.poll("/api/suggest?q=" + typed.replace(' ', '+'), Api.Caller.ANONYMOUS,
                answer -> answer.text().contains(token), Duration.ofSeconds(20));
        open("/recherche");
        WebElement box = driver.findElement(By.id("q"));
        assertEquals("combobox", box.getAttribute("role"));
        box.sendKeys(typed);
        WebElement option = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#q-suggestions [role='option']")));
        assertEquals("true", box.getAttribute("aria-expanded"));
        assertTrue(option.getText().startsWith("Ruissellement " + token), option.getText());
        assertTrue(driver.findElement(By.cssSelector(".search-box [role='status']")).getAttribute("textContent")
                .startsWith("1 suggestion"));
        chromium.checkAccessibility("completions");

        // The accessibility scan may take the focus away, which closes the list: type again before the keys.
        box.clear();
        box.sendKeys(typed);
        option = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#q-suggestions [role='option']")));
        box.sendKeys(Keys.ESCAPE);
        assertEquals("false", box.getAttribute("aria-expanded"));
        box.sendKeys(Keys.ARROW_DOWN);
        assertEquals(option.getAttribute("id"), box.getAttribute("aria-activedescendant"));
        assertEquals("true", option.getAttribute("aria-selected"));
        box.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlMatches("/ressources/\\d+$"));
        assertEquals("Ruissellement " + token, driver.findElement(By.tagName("h1")).getText());
    }

    @Test
    void aResourceLeadsToSimilarOnesShownAsResults() {
        String search = "/recherche?q=" + token + "&type=technical-note";
        open(search);
        hits().get(0).findElement(By.cssSelector("h3 a")).click();
        wait.until(ExpectedConditions.urlMatches("/ressources/\\d+\\?retour="));
        String self = driver.getCurrentUrl().replaceAll("\\?.*", "");
        List<WebElement> similar = driver.findElements(By.cssSelector(".similar .hit"));
        // Earlier runs' resources may be more alike: which ones come is not asserted, only what they are.
        assertTrue(!similar.isEmpty() && similar.size() <= 5, similar.size() + " similar resources");
        for (WebElement hit : similar) {
            assertEquals(1, hit.findElements(By.cssSelector(".hit-meta")).size(), "the results' markup");
            assertTrue(!hit.findElement(By.cssSelector("h3 a")).getAttribute("href").startsWith(self + "?"),
                    "never itself");
        }
        // Other tests' resources may come without a type: at least one shows type, year and territory.
        assertTrue(similar.stream().anyMatch(hit -> !hit.findElements(By.cssSelector(".hit-meta .tag")).isEmpty()
                && hit.findElements(By.cssSelector(".hit-meta span")).size() >= 3), "type, year, territory");
        WebElement first = similar.get(0).findElement(By.cssSelector("h3 a"));
        String title = first.getText();
        first.click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), title));
        driver.findElement(By.linkText("Retour à la recherche")).click();
        wait.until(ExpectedConditions.urlToBe(Api.BASE + search));
    }

    @Test
    void theSearchIsKeptOnTheWayBackAtBothWidths() {
        String search = "/recherche?q=" + token + "&territory=bretagne&national=false";
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            atSize(size, () -> {
                open(search);
                assertEquals(2, hits().size(), "Bretagne only, without the national one");
                hits().get(0).findElement(By.cssSelector("h3 a")).click();
                wait.until(ExpectedConditions.urlContains("retour="));
                assertNoSidewaysScroll("resource " + size.getWidth());
                chromium.screenshot("resource-" + size.getWidth());
                chromium.checkAccessibility("resource at " + size.getWidth() + " px");
                driver.findElement(By.linkText("Retour à la recherche")).click();
                wait.until(ExpectedConditions.urlToBe(Api.BASE + search));
                assertEquals(2, hits().size());
            });
        }
    }

    @Test
    void onAPhoneTheFiltersAreReachedFromTheTopAndFilteringShowsTheNewCount() {
        atSize(PHONE, () -> {
            open("/recherche?q=" + token);
            assertNoSidewaysScroll("search 390");
            WebElement jump = driver.findElement(By.cssSelector(".filters-jump a"));
            assertEquals("Filtres et tri", jump.getText());
            assertTrue(jump.getLocation().getY() < hits().get(0).getLocation().getY(), "above the first result");
            assertTrue(inView(jump), "on the first screen");
            chromium.checkAccessibility("search at 390 px");
            chromium.screenshot("search-390");

            jump.click();
            wait.until(ExpectedConditions.urlContains("#filtres"));
            assertEquals("filtres", driver.switchTo().activeElement().getAttribute("id"));
            assertTrue(inView(driver.findElement(By.id("sort"))), "the sort with the filters");
            checkbox("type", "guide").sendKeys(Keys.SPACE);
            wait.until(ExpectedConditions.urlContains("type=guide"));

            WebElement count = driver.findElement(By.id("results"));
            assertTrue(count.getText().startsWith("2 résultats"), count.getText());
            assertTrue(inView(count), "the new count in view");
            assertEquals(count, driver.switchTo().activeElement(), "focus on the count, the filters' link next");
            chromium.screenshot("search-390-filtered");
        });
    }

    @Test
    void onADesktopTheKeyboardReachesTheFiltersBeforeTheResults() {
        open("/recherche?q=" + token);
        WebElement jump = driver.findElement(By.cssSelector(".filters-jump a"));
        WebElement jumpParagraph = driver.findElement(By.cssSelector(".filters-jump"));
        assertTrue(jumpParagraph.getSize().getWidth() <= 1, "out of sight until focused: the layout stays");
        assertTrue(driver.findElement(By.cssSelector(".filters")).getLocation().getX()
                < hits().get(0).getLocation().getX(), "the filters a column on the left");
        driver.findElement(By.cssSelector(".search-row button")).sendKeys(Keys.TAB);
        assertEquals(jump, driver.switchTo().activeElement());
        assertTrue(jumpParagraph.getSize().getWidth() > 1, "shown when focused");
        jump.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("#filtres"));
        assertEquals("filtres", driver.switchTo().activeElement().getAttribute("id"));

        assertTrue(driver.findElement(By.cssSelector("[data-script-hint]")).isDisplayed());
        assertFalse(driver.findElement(By.tagName("body")).getText().contains("« Filtrer »"),
                "the hint without script stays in its noscript");
    }

    @Test
    void aRegionKeepsTheNationalResourcesUnlessUnticked() {
        open("/recherche?q=" + token + "&territory=bretagne");
        assertEquals(3, hits().size(), "two in Bretagne, one national");
        WebElement national = driver.findElement(By.id("f-national"));
        assertTrue(national.isSelected());
        national.sendKeys(Keys.SPACE);
        wait.until(ExpectedConditions.urlContains("national=false"));
        assertEquals(2, hits().size());
        assertFalse(driver.findElement(By.id("f-national")).isSelected());
        assertEquals(driver.findElement(By.id("f-national")), driver.switchTo().activeElement());
        chromium.checkAccessibility("search without national resources");

        driver.findElement(By.id("f-national")).sendKeys(Keys.SPACE);
        wait.until(ExpectedConditions.urlContains("national=true"));
        assertEquals(3, hits().size());
    }

    @Test
    void themesAreListedNotJoinedByCommas() {
        List<String> themes = List.of("Biodiversité", "Agriculture, forêt, alimentation");
        open("/recherche?q=" + token + "&type=experience-report");
        assertEquals(Set.copyOf(themes), Set.copyOf(texts(hits().get(0), ".hit-themes li")));
        hits().get(0).findElement(By.cssSelector("h3 a")).click();
        wait.until(ExpectedConditions.urlContains("retour="));
        assertEquals(Set.copyOf(themes), Set.copyOf(texts(driver.findElement(By.cssSelector("dl.metadata")),
                "ul.values li")));
    }

    @Test
    void theNetworksHubLeadsToEachOfItsParts() {
        open("/");
        driver.findElement(By.linkText("Le réseau")).click();
        wait.until(ExpectedConditions.urlContains("/reseau"));
        assertEquals("Le réseau", driver.findElement(By.tagName("h1")).getText());
        chromium.checkAccessibility("network-hub");
        driver.findElement(By.linkText("Bilan du réseau")).click();
        wait.until(ExpectedConditions.urlContains("/actions/bilan"));
    }

    @Test
    void notFoundPageIsAccessible() {
        open("/ressources/999999");
        assertEquals("Page introuvable", driver.findElement(By.tagName("h1")).getText());
        chromium.checkAccessibility("404");
    }

    @Test
    void searchFitsASmallScreen() {
        Dimension desktop = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(360, 740));
            open("/recherche?q=" + token);
            long width = (Long) ((JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollWidth;");
            long viewport = (Long) ((JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.clientWidth;");
            assertTrue(width <= viewport, "no horizontal scrolling: " + width + " > " + viewport);
            assertTrue(driver.findElement(By.cssSelector(".filters")).getLocation().getY()
                    > driver.findElement(By.cssSelector("ol.hits")).getLocation().getY(), "results before filters");
            chromium.screenshot("search-360");
        } finally {
            driver.manage().window().setSize(desktop);
        }
    }

    private void atSize(Dimension size, Runnable steps) {
        Dimension before = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(size);
            steps.run();
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    private void assertNoSidewaysScroll(String page) {
        long width = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
        long viewport = (Long) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.clientWidth;");
        assertTrue(width <= viewport, page + ": no horizontal scrolling: " + width + " > " + viewport);
    }

    private boolean inView(WebElement element) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript("var r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight;", element);
    }

    private static List<String> texts(WebElement within, String css) {
        return within.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private void open(String path) {
        driver.get(Api.BASE + path);
    }

    private List<WebElement> hits() {
        return driver.findElements(By.cssSelector("ol.hits > li"));
    }

    private WebElement checkbox(String dimension, String value) {
        return driver.findElement(By.cssSelector("input[name='" + dimension + "'][value='" + value + "']"));
    }

    private String label(String dimension, String value) {
        String id = checkbox(dimension, value).getAttribute("id");
        return driver.findElement(By.cssSelector("label[for='" + id + "']")).getText();
    }
}
