package fr.bocage.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.bocage.catalog.ResourceAccess.Visibility;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Circles;
import fr.bocage.platform.security.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one access decision for a resource limited to a circle (a network's members), as a table: status × who asks.
 * An outsider is never told it exists, not even that it is gone; a moderator outside the circle is an outsider.
 */
class CircleAccessTableTest {
    private static final String OWNER = "owner";
    private static final String CIRCLE = "network:3";

    private record Asker(Caller caller, Set<String> circles) {
    }

    private static final Map<String, Asker> ASKERS = Map.of(
            "anonymous", new Asker(Caller.ANONYMOUS, Set.of()),
            "outsider", new Asker(new Caller("other", Set.of(Role.CONTRIBUTOR)), Set.of("network:4")),
            "member", new Asker(new Caller("member", Set.of(Role.CONTRIBUTOR)), Set.of(CIRCLE)),
            "moderator", new Asker(new Caller("mod", Set.of(Role.MODERATOR)), Set.of()),
            "member-moderator", new Asker(new Caller("mod2", Set.of(Role.MODERATOR)), Set.of(CIRCLE)),
            "owner", new Asker(new Caller(OWNER, Set.of(Role.CONTRIBUTOR)), Set.of()),
            "admin", new Asker(new Caller("root", Set.of(Role.ADMIN)), Set.of(Circles.ALL)));

    private static final List<String> COLUMNS = List.of("anonymous", "outsider", "member", "moderator",
            "member-moderator", "owner", "admin");

    /** S shown, G gone (410), N not found (404), in the order of {@link #COLUMNS}. */
    private static final Map<ResourceStatus, String> TABLE = Map.of(
            ResourceStatus.DRAFT, "N N N N S S S",
            ResourceStatus.SUBMITTED, "N N N N S S S",
            ResourceStatus.PUBLISHED, "N N S N S S S",
            ResourceStatus.WITHDRAWN, "N N G N S S S");

    static Stream<Arguments> cells() {
        return TABLE.entrySet().stream().flatMap(row -> {
            String[] cells = row.getValue().split(" ");
            return COLUMNS.stream().map(column -> Arguments.of(row.getKey(), column, cells[COLUMNS.indexOf(column)]));
        });
    }

    @ParameterizedTest(name = "members-only {0}, asked by {1}: {2}")
    @MethodSource("cells")
    void onlyWhoIsInsideSeesIt(ResourceStatus status, String who, String expected) {
        Asker asker = ASKERS.get(who);
        assertEquals(expected(expected), ResourceAccess.visibility(resource(status, CIRCLE), asker.caller(),
                asker.circles()));
    }

    /** Where the caller's circles are not asked (lists of materials, duplicates), an outsider is assumed. */
    @ParameterizedTest(name = "without circles, asked by {0}")
    @MethodSource("askers")
    void withoutTheCirclesOnlyTheOwnerAndAdministratorsSeeIt(String who) {
        Asker asker = ASKERS.get(who);
        boolean expected = who.equals("owner") || who.equals("admin");
        assertEquals(expected, ResourceAccess.isVisible(resource(ResourceStatus.PUBLISHED, CIRCLE), asker.caller()));
    }

    static Stream<String> askers() {
        return COLUMNS.stream();
    }

    /** A public resource is unchanged by anybody's circles. */
    @ParameterizedTest(name = "public, asked by {0}")
    @MethodSource("askers")
    void aPublicResourceIgnoresCircles(String who) {
        Asker asker = ASKERS.get(who);
        assertEquals(Visibility.SHOWN, ResourceAccess.visibility(resource(ResourceStatus.PUBLISHED, null),
                asker.caller(), asker.circles()));
    }

    /** A material of a members-only training is what its training is. */
    @ParameterizedTest(name = "material, asked by {0}")
    @MethodSource("askers")
    void aMaterialFollowsItsMembersOnlyParent(String who) {
        Asker asker = ASKERS.get(who);
        Resource parent = resource(ResourceStatus.PUBLISHED, CIRCLE);
        Resource material = resource(ResourceStatus.PUBLISHED, null);
        assertEquals(ResourceAccess.visibility(parent, asker.caller(), asker.circles()),
                ResourceAccess.visibility(material, parent, asker.caller(), asker.circles()));
    }

    private static Resource resource(ResourceStatus status, String circle) {
        Resource resource = new Resource(null, null, OWNER);
        resource.describe(new ResourceDescription("Titre", null, List.of(), null, null, null, "guide", List.of(),
                null, List.of(), "fr", null, null, List.of()));
        resource.changeStatus(status);
        resource.limitTo(circle);
        return resource;
    }

    private static Visibility expected(String cell) {
        return switch (cell) {
            case "S" -> Visibility.SHOWN;
            case "G" -> Visibility.GONE;
            default -> Visibility.NOT_FOUND;
        };
    }
}
