package fr.bocage.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.training.webinar.WebinarInput;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoWebinarsTest {

    private static List<DemoTraining<WebinarInput>> shipped(LocalDate today) throws Exception {
        try (Reader reader = new InputStreamReader(DemoWebinarsTest.class.getResourceAsStream("/demo/demo-webinars.json"),
                StandardCharsets.UTF_8)) {
            return DemoWebinars.read(reader, today);
        }
    }

    @Test
    void twoWebinarsToComeAndThreePastWithTheirReplaysDatedFromTheFirstStart() throws Exception {
        LocalDate today = LocalDate.of(2026, 3, 1);
        List<DemoTraining<WebinarInput>> demos = shipped(today);
        List<WebinarInput> webinars = demos.stream().map(DemoTraining::input).toList();

        assertEquals(5, webinars.size());
        List<LocalDateTime> starts = webinars.stream().map(w -> LocalDateTime.parse(w.startsAt())).toList();
        assertEquals(LocalDateTime.of(2026, 3, 15, 14, 0), starts.get(0));
        assertEquals(2, starts.stream().filter(s -> s.toLocalDate().isAfter(today)).count());
        for (WebinarInput past : webinars.subList(2, 5)) {
            assertTrue(LocalDateTime.parse(past.startsAt()).toLocalDate().isBefore(today));
            assertNotNull(past.replayUrl());
            assertNull(past.joinUrl());
        }
        assertNotNull(webinars.get(3).recap());
        for (WebinarInput w : webinars) {
            assertNotNull(w.metadata().title());
            assertTrue(w.metadata().summary().length() > 100, w.metadata().title());
            assertTrue(!w.metadata().themes().isEmpty() && !w.speakers().isEmpty(), w.metadata().title());
            assertTrue(w.durationMinutes() >= 5 && w.durationMinutes() <= 600);
            assertTrue(w.capacity() >= 1 && w.capacity() <= 10000);
        }
    }

    @Test
    void theMaterialsOfDemoTrainingsAreDemoFilesOfTheMaterialTypeInTheManifest() throws Exception {
        LocalDate today = LocalDate.of(2026, 3, 1);
        List<String> webinarMaterials = shipped(today).stream().flatMap(d -> d.materials().stream()).toList();
        List<String> courseMaterials;
        try (Reader reader = new InputStreamReader(DemoWebinarsTest.class.getResourceAsStream("/demo/demo-courses.json"),
                StandardCharsets.UTF_8)) {
            courseMaterials = DemoCourses.read(reader, today).stream().flatMap(d -> d.materials().stream()).toList();
        }
        assertEquals(List.of("webinaire-entreprises-biodiversite.txt", "webinaire-renaturer-cours-ecole.odt"),
                webinarMaterials);
        assertEquals(List.of("formation-biodiversite-plui.docx", "formation-ecologie-des-sols-guyane.txt"),
                courseMaterials);
        String manifest = new String(DemoWebinarsTest.class.getResourceAsStream("/demo/demo-resources.csv")
                .readAllBytes(), StandardCharsets.UTF_8);
        for (String file : webinarMaterials) {
            assertTrue(manifest.lines().anyMatch(l -> l.startsWith(file + ",") && l.contains(",webinar-material,")), file);
        }
        for (String file : courseMaterials) {
            assertTrue(manifest.lines().anyMatch(l -> l.startsWith(file + ",") && l.contains(",course-material,")), file);
        }
    }
}
