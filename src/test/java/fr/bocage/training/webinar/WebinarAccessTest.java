package fr.bocage.training.webinar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.bocage.catalog.Resource;
import fr.bocage.platform.security.Caller;
import fr.bocage.training.TrainingAccess;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who runs a webinar and who reads its registrants: the current roles count, not only who created it. */
class WebinarAccessTest {

    private static final Resource WEBINAR = new Resource(null, null, "claire");

    @ParameterizedTest(name = "{0} with roles [{1}]: runs {2}, reads registrants {3}")
    @CsvSource({
        "claire, trainer, true, true",
        "claire, contributor, false, false", // the trainer role was taken away
        "claire, '', false, false",
        "erwan, trainer, false, false", // another trainer
        "mod, moderator, true, false", // moderators run trainings, but personal data are not theirs
        "root, admin, true, true"})
    void rolesAndOwnership(String user, String roles, boolean runs, boolean readsRegistrants) {
        Caller caller = new Caller(user, roles.isEmpty() ? Set.of() : Set.of(roles));
        assertEquals(runs, TrainingAccess.runs(WEBINAR, caller));
        assertEquals(readsRegistrants, WebinarAccess.readsRegistrants(WEBINAR, caller));
    }

    @Test
    void anonymousVisitorsNeitherRunNorRead() {
        assertFalse(TrainingAccess.runs(WEBINAR, Caller.ANONYMOUS));
        assertFalse(WebinarAccess.readsRegistrants(WEBINAR, Caller.ANONYMOUS));
    }
}
