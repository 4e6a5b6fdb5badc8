package fr.bocage.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.network.actor.ActorInput;
import fr.bocage.network.actor.ActorKind;
import fr.bocage.network.actor.Siren;
import fr.bocage.platform.rest.ApiNames;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.io.BufferedReader;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo actors: marked as demonstration, spread over mainland, overseas and abroad, each field as the API takes it. */
class DemoActorsTest {

    private static List<ActorInput> shipped() throws Exception {
        try (Reader reader = new InputStreamReader(DemoActorsTest.class.getResourceAsStream("/demo/demo-actors.json"),
                StandardCharsets.UTF_8)) {
            return DemoActors.read(reader);
        }
    }

    /** The codes of one vocabulary as Bocage seeds it. */
    private static Set<String> seeded(String kind) throws Exception {
        try (Reader reader = new InputStreamReader(DemoActorsTest.class.getResourceAsStream(
                "/fr/bocage/catalog/vocabularies.tsv"), StandardCharsets.UTF_8)) {
            return new BufferedReader(reader).lines().filter(l -> l.startsWith(kind + "\t"))
                    .map(l -> l.split("\t")[1]).collect(Collectors.toSet());
        }
    }

    @Test
    void aboutFifteenMarkedActorsWithContactAddressesAtExampleOrg() throws Exception {
        List<ActorInput> actors = shipped();
        assertTrue(actors.size() >= 15, "about fifteen: " + actors.size());
        Set<String> kinds = Arrays.stream(ActorKind.values()).map(ApiNames::of).collect(Collectors.toSet());
        for (ActorInput a : actors) {
            String name = a.metadata().title();
            assertTrue(name.endsWith("(démonstration)"), name);
            assertTrue(kinds.contains(a.kind()), name + ": " + a.kind());
            assertTrue(a.contactEmail().endsWith(".example.org") || a.contactEmail().endsWith("@example.org"), name);
            assertTrue(a.siren() == null || Siren.isValid(a.siren()), name);
            assertTrue(a.website() == null || a.website().startsWith("https://"), name);
            assertTrue(a.metadata().summary() != null && !a.metadata().themes().isEmpty()
                    && a.metadata().territory() != null, name + " is complete, as a submission must be");
            assertTrue((a.engagement() == null) == (a.engagedSince() == null), name);
        }
        Set<String> themes = seeded("THEME");
        Set<String> seededTerritories = seeded("TERRITORY");
        for (ActorInput a : actors) {
            assertTrue(themes.containsAll(a.metadata().themes()), a.metadata().themes().toString());
            assertTrue(seededTerritories.contains(a.metadata().territory()), a.metadata().territory());
        }
        Set<String> territories = actors.stream().map(a -> a.metadata().territory()).collect(Collectors.toSet());
        assertTrue(territories.containsAll(Set.of("la-reunion", "belgique", "guadeloupe", "normandie")), territories.toString());
        Set<String> found = actors.stream().map(ActorInput::kind).collect(Collectors.toSet());
        assertTrue(found.containsAll(Set.of("cpie", "regional-nature-park", "municipality", "region", "public-body",
                "consultancy", "association")), found.toString());
        assertEquals(Set.of("municipalities", "companies", "partners"), actors.stream().map(ActorInput::engagement)
                .filter(e -> e != null).collect(Collectors.toSet()));
    }
}
