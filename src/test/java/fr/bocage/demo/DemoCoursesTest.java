package fr.bocage.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.catalog.MetadataInput;
import fr.bocage.training.course.CourseInput;
import fr.bocage.training.course.SessionInput;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoCoursesTest {
    private static final Set<String> THEMES = Set.of("biodiversity", "water", "climate-air-energy", "risks-pollution",
            "urban-planning", "waste-circular-economy", "mobility", "agriculture-forest-food",
            "governance-participation");
    private static final Set<String> AUDIENCES = Set.of("elected-officials", "local-authority-staff", "associations",
            "companies", "general-public");

    private static List<CourseInput> shipped(LocalDate today) throws Exception {
        try (Reader reader = new InputStreamReader(DemoCoursesTest.class.getResourceAsStream("/demo/demo-courses.json"),
                StandardCharsets.UTF_8)) {
            return DemoCourses.read(reader, today).stream().map(DemoTraining::input).toList();
        }
    }

    @Test
    void everyFormatAndLevelWithSessionsToComeDatedFromTheFirstStart() throws Exception {
        LocalDate today = LocalDate.of(2027, 3, 1);
        List<CourseInput> courses = shipped(today);

        assertEquals(6, courses.size());
        assertEquals(Set.of("self-paced", "in-person", "remote", "blended"),
                courses.stream().map(CourseInput::format).collect(Collectors.toSet()));
        assertEquals(Set.of("introduction", "intermediate", "expert"),
                courses.stream().map(CourseInput::level).collect(Collectors.toSet()));

        CourseInput elearning = courses.get(0);
        assertEquals("self-paced", elearning.format());
        assertNull(elearning.price(), "free");
        assertTrue(elearning.platformUrl().startsWith("https://elearning.example.fr/"));
        assertTrue(elearning.sessions().isEmpty());

        CourseInput hedges = courses.get(1);
        assertEquals("in-person", hedges.format());
        assertEquals(0, new BigDecimal("350").compareTo(hedges.price()));
        assertEquals(2, hedges.sessions().size());
        SessionInput first = hedges.sessions().get(0);
        assertEquals(LocalDateTime.of(2027, 3, 31, 9, 0), LocalDateTime.parse(first.startsAt()));
        assertEquals(LocalDateTime.of(2027, 4, 1, 17, 0), LocalDateTime.parse(first.endsAt()), "two days");

        SessionInput guyane = courses.stream().filter(c -> "guyane".equals(c.metadata().territory())).findFirst()
                .orElseThrow().sessions().get(0);
        assertEquals("America/Cayenne", guyane.timeZone(), "an overseas session in its place's time (issue 20)");
        assertEquals(LocalTime.of(8, 30), LocalDateTime.parse(guyane.startsAt()).toLocalTime());

        for (CourseInput c : courses) {
            MetadataInput m = c.metadata();
            assertNotNull(m.title());
            assertTrue(m.summary().length() > 100 && c.objectives().length() > 100, m.title());
            assertNotNull(m.organisation(), m.title());
            assertTrue(THEMES.containsAll(m.themes()) && !m.themes().isEmpty(), m.title());
            assertTrue(AUDIENCES.containsAll(m.audiences()) && !m.audiences().isEmpty(), m.title());
            assertNotNull(m.territory(), m.title());
            for (SessionInput s : c.sessions()) {
                LocalDateTime start = LocalDateTime.parse(s.startsAt());
                assertTrue(start.toLocalDate().isAfter(today), m.title());
                assertTrue(LocalDateTime.parse(s.endsAt()).isAfter(start), m.title());
                assertTrue(s.capacity() >= 1 && s.capacity() <= 10000, m.title());
            }
        }
    }
}
