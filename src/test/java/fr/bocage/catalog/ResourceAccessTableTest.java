package fr.bocage.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.bocage.catalog.ResourceAccess.Visibility;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one access decision, as a table: every kind of resource × every status × every role. The kind must not
 * matter (it once did: an owner could open a withdrawn webinar's page but not a withdrawn course's).
 */
class ResourceAccessTableTest {

    private static final String OWNER = "owner";

    /** Who asks, by the column of the table. */
    private static final Map<String, Caller> CALLERS = Map.of(
            "anonymous", Caller.ANONYMOUS,
            "owner", new Caller(OWNER, Set.of(Role.CONTRIBUTOR, Role.TRAINER)),
            "other", new Caller("someone-else", Set.of(Role.CONTRIBUTOR, Role.TRAINER)),
            "moderator", new Caller("mod", Set.of(Role.MODERATOR)),
            "admin", new Caller("root", Set.of(Role.ADMIN)));

    private static final List<String> COLUMNS = List.of("anonymous", "owner", "other", "moderator", "admin");

    /** S shown, G gone (410), N not found (404), in the order of {@link #COLUMNS}. */
    private static final Map<ResourceStatus, String> TABLE = Map.of(
            ResourceStatus.DRAFT, "N S N S S",
            ResourceStatus.SUBMITTED, "N S N S S",
            ResourceStatus.CHANGES_REQUESTED, "N S N S S",
            ResourceStatus.REJECTED, "N S N S S",
            ResourceStatus.PUBLISHED, "S S S S S",
            ResourceStatus.WITHDRAWN, "G S G S S");

    private static final List<String> KINDS = List.of("guide", "report", "webinar", "course", "webinar-material",
            "course-material");

    static Stream<Arguments> cells() {
        return KINDS.stream().flatMap(kind -> TABLE.entrySet().stream().flatMap(row -> {
            String[] cells = row.getValue().split(" ");
            return COLUMNS.stream().map(column -> Arguments.of(kind, row.getKey(), column,
                    cells[COLUMNS.indexOf(column)]));
        }));
    }

    @ParameterizedTest(name = "{0} {1}, asked by {2}: {3}")
    @MethodSource("cells")
    void everyKindStatusAndRole(String kind, ResourceStatus status, String who, String expected) {
        assertEquals(expected(expected), ResourceAccess.visibility(resource(kind, status), CALLERS.get(who)));
    }

    /** A material follows its training: what a caller is told of the training, they are told of its slides. */
    @ParameterizedTest(name = "a published material of a {0} training, asked by {1}: {2}")
    @MethodSource("materialCells")
    void aMaterialIsSeenOnlyWhileItsTrainingIs(ResourceStatus training, String who, String expected) {
        Resource parent = resource("webinar", training);
        Resource material = resource("webinar-material", ResourceStatus.PUBLISHED);
        assertEquals(expected(expected), ResourceAccess.visibility(material, parent, CALLERS.get(who)));
    }

    static Stream<Arguments> materialCells() {
        return TABLE.entrySet().stream().flatMap(row -> {
            String[] cells = row.getValue().split(" ");
            return COLUMNS.stream().map(column -> Arguments.of(row.getKey(), column, cells[COLUMNS.indexOf(column)]));
        });
    }

    private static Resource resource(String kind, ResourceStatus status) {
        Resource resource = new Resource(null, null, OWNER);
        resource.describe(new ResourceDescription("Titre", null, List.of(), null, null, null, kind, List.of(), null,
                List.of(), "fr", null, null, List.of()));
        resource.changeStatus(status);
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
