package fr.bocage.it.admin;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.bocage.it.Api;
import fr.bocage.it.Chromium;
import fr.bocage.it.Token;
import fr.bocage.it.imports.ImportFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administration console in a real headless Chromium: every section passes axe, and an import of a small folder
 * of real documents, started from the form, is followed on its page without reloading it until the bar reaches
 * 100 %, with its refused rows listed.
 */
class ConsoleBrowserIT {
    private static final List<String> DOCUMENTS = List.of("testPDF.pdf", "testWORD.docx", "testODFwithOOo3.odt");

    @Test
    void anAdministratorFollowsAnImportLiveUntilItsRefusedRows() throws IOException {
        String corpus = System.getProperty("bocage.corpus.dir");
        assumeTrue(corpus != null && Files.isDirectory(Path.of(corpus, "formats")), "corpus not found: " + corpus);
        String token = Token.next();
        Path folder = ImportFolders.ROOT.resolve("console-navigateur-" + token);
        Files.createDirectories(folder);
        StringBuilder manifest = new StringBuilder("file,title,type,theme\n");
        for (String document : DOCUMENTS) {
            Files.copy(Path.of(corpus, "formats", document), folder.resolve(document));
            manifest.append(document).append(",Document ").append(document).append(",guide,biodiversity\n");
        }
        ImportFolders.write(folder, "note.txt", "Note sur les haies " + token + ".\n");
        manifest.append("note.txt,Note,guide,astrologie\nabsent.pdf,Absent,guide,biodiversity\n");
        ImportFolders.write(folder, "metadata.csv", manifest.toString());

        try (Chromium chromium = new Chromium()) {
            WebDriver driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            driver.get(Api.BASE + "/connexion");
            driver.findElement(By.id("login")).sendKeys("admin");
            driver.findElement(By.id("password")).sendKeys(Api.ADMIN_PASSWORD);
            driver.findElement(By.cssSelector("form.account-form button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.logout")));

            for (String section : List.of("/admin", "/admin/index", "/admin/courriels", "/admin/sauvegardes",
                    "/admin/imports")) {
                driver.get(Api.BASE + section);
                chromium.checkAccessibility(section);
            }
            chromium.screenshot("console-imports");
            new Select(driver.findElement(By.id("source"))).selectByValue("console-navigateur-" + token + "/metadata.csv");
            driver.findElement(By.cssSelector("main form button[type=submit]")).click();
            wait.until(ExpectedConditions.urlMatches("/moderation/imports/\\d+$"));
            String first = driver.findElement(By.id("progress-bar")).getAttribute("value");
            System.out.println("console import: the bar stood at " + first + " % when its page opened");

            new WebDriverWait(driver, Duration.ofMinutes(2))
                    .until(ExpectedConditions.attributeToBe(By.id("progress-bar"), "value", "100"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-errors"), "absent.pdf"));
            String refused = driver.findElement(By.cssSelector("#import-errors table")).getText();
            assertTrue(refused.contains("astrologie") && refused.contains("Fichier introuvable"), refused);
            assertTrue(driver.findElement(By.id("progress-text")).getText().contains("5 sur 5 (100 %)"),
                    driver.findElement(By.id("progress-text")).getText());
            assertTrue(driver.findElements(By.cssSelector("a[href$='/lignes-refusees.csv']")).size() == 1);
            chromium.checkAccessibility("import job");
            chromium.screenshot("console-import-done");
        }
    }
}
