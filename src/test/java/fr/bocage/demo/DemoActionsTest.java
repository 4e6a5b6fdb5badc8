package fr.bocage.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.network.action.ActionInput;
import fr.bocage.network.action.IndicatorValueInput;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The twelve demo actions as shipped: readable, marked as demonstration, spread over years and territories. */
class DemoActionsTest {
    private static final Set<String> INDICATORS = Set.of("hedges-planted-m", "area-restored-ha", "ponds-created",
            "species-inventoried", "participants", "communes-engaged");
    private static final Set<String> OVERSEAS = Set.of("guadeloupe", "martinique", "guyane", "la-reunion", "mayotte");

    private static List<DemoActions.DemoAction> shipped() throws Exception {
        try (Reader reader = new InputStreamReader(DemoActionsTest.class.getResourceAsStream("/demo/demo-actions.json"),
                StandardCharsets.UTF_8)) {
            return DemoActions.read(reader);
        }
    }

    @Test
    void twelveActionsOverSeveralYearsOnTheMainlandAndOverseasWithIndicatorsOfTheCatalogue() throws Exception {
        List<DemoActions.DemoAction> demo = shipped();
        assertEquals(12, demo.size());
        List<ActionInput> actions = demo.stream().map(a -> a.input(7L, Map.of())).toList();
        Set<Integer> years = new HashSet<>();
        for (ActionInput action : actions) {
            assertTrue(action.metadata().keywords().contains("démonstration"), action.metadata().title());
            assertTrue(action.metadata().summary().contains("démonstration"), action.metadata().title());
            assertEquals(7L, action.leadActor());
            assertNotNull(action.progress());
            assertTrue(action.sections().filled().size() >= 2, "described by sections");
            for (IndicatorValueInput value : action.indicators()) {
                assertTrue(INDICATORS.contains(value.indicator()), value.indicator());
                years.add(value.year());
            }
            Set<String> once = new HashSet<>();
            assertTrue(action.indicators().stream().allMatch(v -> once.add(v.indicator() + v.year())),
                    "one value per indicator and year");
        }
        assertEquals(Set.of(2021, 2022, 2023, 2024, 2025), years);
        Set<String> territories = actions.stream().map(a -> a.metadata().territory()).collect(Collectors.toSet());
        assertTrue(territories.stream().filter(OVERSEAS::contains).count() >= 3, territories.toString());
        assertTrue(territories.stream().filter(t -> !OVERSEAS.contains(t)).count() >= 6, territories.toString());
    }

    @Test
    void withoutActorsNorLoadedFilesActionsHaveNoLeadActorNorLinks() throws Exception {
        DemoActions.DemoAction first = shipped().get(0);
        ActionInput alone = first.input(null, Map.of());
        assertNull(alone.leadActor());
        assertEquals(List.of(), alone.linkedResources());
        assertEquals(List.of(42L), first.input(null, Map.of(first.linkedFiles().get(0), 42L)).linkedResources());
    }
}
