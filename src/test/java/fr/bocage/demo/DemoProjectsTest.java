package fr.bocage.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.network.actor.ActorInput;
import fr.bocage.network.project.ProjectInput;
import jakarta.json.JsonObject;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo project: shaped like COOP'R, marked as demonstration, its partners among its own demo actors. */
class DemoProjectsTest {

    private static DemoProjects shipped() throws Exception {
        try (Reader reader = new InputStreamReader(DemoProjectsTest.class.getResourceAsStream(
                "/demo/demo-projects.json"), StandardCharsets.UTF_8)) {
            return DemoProjects.read(reader);
        }
    }

    @Test
    void aCoopRLikeProjectWithPartnersInSixCountriesAndSixActions() throws Exception {
        DemoProjects demo = shipped();
        Map<String, Long> actorIds = new HashMap<>();
        Map<String, String> countries = new HashMap<>();
        for (ActorInput a : demo.actors()) {
            assertTrue(a.metadata().title().endsWith("(démonstration)"), a.metadata().title());
            actorIds.put(a.metadata().title(), (long) actorIds.size() + 1);
            countries.put(a.metadata().title(), a.country());
        }
        JsonObject coopr = demo.projects().get(0);
        ProjectInput input = DemoProjects.input(coopr, actorIds, Map.of());
        assertTrue(input.title().endsWith("(démonstration)"), input.title());
        assertEquals(demo.actors().size() - 3, input.partners().size(), "every partner is a demo actor");
        assertEquals(3, input.technicalPartners().size());
        Set<String> partnerCountries = input.partners().stream().map(id -> countries.get(title(actorIds, id)))
                .collect(Collectors.toSet());
        assertEquals(Set.of("BJ", "CM", "CI", "FR", "MA", "SN"), partnerCountries);
        assertEquals(50, input.funders().get(0).rate());
        assertEquals(List.of("self-diagnosis", "remote-activity", "gathering", "gathering", "webinar-series",
                "seminar"), input.plan().stream().map(ProjectInput.WorkInput::kind).toList());
        assertEquals(List.of(0, 1, 2, 3, 4, 5), input.plan().stream().map(ProjectInput.WorkInput::number).toList());
        assertEquals(5, DemoMetadata.strings(coopr.getJsonArray("plan").getJsonObject(4), "webinars").size(),
                "the demo webinars make its series");
    }

    @Test
    void itsSpaceHasDemoMembersOfItsPartnersAndTwoMembersOnlyDocuments() throws Exception {
        DemoProjects demo = shipped();
        JsonObject coopr = demo.projects().get(0);
        List<String> partners = DemoMetadata.strings(coopr, "partners");
        List<DemoProjects.Member> members = DemoProjects.members(coopr);
        assertTrue(members.size() >= 3, members::toString);
        for (DemoProjects.Member m : members) {
            assertTrue(m.name().endsWith("(démonstration)") && m.username().startsWith("demo-"), m::toString);
            assertTrue(partners.contains(m.partner()), m::toString);
        }
        List<DemoProjects.Document> documents = DemoProjects.documents(coopr);
        assertEquals(2, documents.size());
        for (DemoProjects.Document d : documents) {
            assertTrue(d.title().endsWith("(démonstration)"), d::toString);
            assertTrue(DemoProjectsTest.class.getResource("/demo/" + d.file()) != null, d::toString);
        }
    }

    private static String title(Map<String, Long> ids, long id) {
        return ids.entrySet().stream().filter(e -> e.getValue() == id).findFirst().orElseThrow().getKey();
    }
}
