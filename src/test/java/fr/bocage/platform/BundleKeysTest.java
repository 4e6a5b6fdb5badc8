package fr.bocage.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each key of a bundle is written once: with two, the last silently wins, and a feature merged later changed another
 * one's label (the contact form's consent read « Consentement »).
 */
class BundleKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"src/main/resources/fr/bocage/portal/ui.properties",
            "src/main/resources/fr/bocage/messages.properties", "src/main/resources/ValidationMessages.properties"})
    void noKeyIsWrittenTwice(String bundle) throws IOException {
        Set<String> seen = new HashSet<>();
        List<String> twice = Files.readAllLines(Path.of(bundle), StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("!"))
                .map(line -> line.split("\\s*[=:]", 2)[0])
                .filter(key -> !seen.add(key))
                .toList();
        assertEquals(List.of(), twice, bundle);
    }
}
