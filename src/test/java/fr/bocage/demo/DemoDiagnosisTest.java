package fr.bocage.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.network.diagnosis.Content;
import fr.bocage.network.diagnosis.Responses;
import fr.bocage.network.diagnosis.Scores;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The demo self-diagnosis: about twelve questions in three sections, marked as demonstration, and four submitted
 * answers of the demo project's partners, each valid for the questionnaire and scored in every section.
 */
class DemoDiagnosisTest {

    private static <T> T read(String file, java.util.function.Function<Reader, T> parse) throws Exception {
        try (Reader reader = new InputStreamReader(DemoDiagnosisTest.class.getResourceAsStream("/demo/" + file),
                StandardCharsets.UTF_8)) {
            return parse.apply(reader);
        }
    }

    @Test
    void twelveQuestionsInThreeSectionsAndFourAnswersOfTheDemoPartners() throws Exception {
        DemoDiagnosis demo = read("demo-diagnosis.json", DemoDiagnosis::read);
        DemoProjects projects = read("demo-projects.json", DemoProjects::read);
        assertEquals(projects.projects().get(0).getString("slug"), demo.project());
        assertTrue(demo.questionnaire().title().endsWith("(démonstration)"));
        assertTrue(demo.campaign(1).title().endsWith("(démonstration)"));
        Content content = demo.questionnaire().content();
        assertEquals(3, content.sections().size());
        assertEquals(12, content.questions().size());
        Set<String> partners = projects.projects().get(0).getJsonArray("partners").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .collect(Collectors.toSet());
        assertEquals(4, demo.answers().size());
        for (DemoDiagnosis.Answer answer : demo.answers()) {
            assertTrue(partners.contains(answer.organisation()), answer.organisation());
            Map<String, java.util.List<String>> kept = Responses.read(content, answer.responses());
            assertEquals(answer.responses(), kept, "every response is valid");
            Scores.of(content, kept).forEach(s -> assertTrue(s.percent() != null, s::toString));
        }
    }
}
