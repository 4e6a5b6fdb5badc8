package fr.bocage.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium through its chromedriver, with a throw-away profile. */
public final class Chromium implements AutoCloseable {
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<String> BLOCKING = List.of("serious", "critical");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private final Path profile;
    private final WebDriver driver;

    public Chromium() {
        try {
            profile = Files.createTempDirectory("bocage-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        driver = new ChromeDriver(service, options);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}, for a person to look at. */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(),
                    SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No serious or critical WCAG violation; lesser ones are printed for a person to judge. */
    public void checkAccessibility(String page) {
        Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
        List<Rule> blocking = results.getViolations().stream().filter(v -> BLOCKING.contains(v.getImpact())).toList();
        results.getViolations().stream().filter(v -> !BLOCKING.contains(v.getImpact()))
                .forEach(v -> System.out.println("axe, " + page + ": " + v.getImpact() + " " + v.getId() + " — "
                        + v.getHelp() + " " + v.getNodes().size() + " node(s)"));
        assertTrue(blocking.isEmpty(), () -> page + ": " + blocking.stream()
                .map(v -> v.getImpact() + " " + v.getId() + " — " + v.getHelp() + " " + v.getNodes().stream()
                        .map(n -> n.getTarget().toString()).toList())
                .toList());
        System.out.println("axe, " + page + ": " + results.getPasses().size() + " rules passed, "
                + results.getViolations().size() + " violated");
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
