package fr.bocage.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A maintainer (an actor's representative a moderator confirmed) holds the resource as its owner does, through the
 * one ownership check, and may also change it once published; nobody else gains anything.
 */
class MaintainerTest {
    private static final Caller ALICE = new Caller("alice", Set.of(Role.CONTRIBUTOR));
    private static final Caller BOB = new Caller("bob", Set.of(Role.CONTRIBUTOR));

    private static Resource publishedBy(String owner) {
        Resource resource = new Resource(null, null, owner);
        resource.changeStatus(ResourceStatus.PUBLISHED);
        return resource;
    }

    @Test
    void aMaintainerOwnsAndEditsAPublishedResource() {
        Resource actor = publishedBy("carole");
        assertFalse(ALICE.owns(actor));
        assertEquals(Workflow.Verdict.FORBIDDEN,
                Workflow.editVerdict(actor.getStatus(), Workflow.Actor.of(ALICE, actor)));

        actor.maintain("alice", true);
        assertTrue(ALICE.owns(actor) && ALICE.ownsOrModerates(actor));
        assertTrue(ResourceAccess.followsModeration(actor, ALICE));
        assertEquals(Workflow.Verdict.ALLOWED,
                Workflow.editVerdict(actor.getStatus(), Workflow.Actor.of(ALICE, actor)));
        assertEquals(Workflow.Verdict.FORBIDDEN,
                Workflow.editVerdict(actor.getStatus(), Workflow.Actor.of(BOB, actor)), "nobody else");
        assertFalse(Caller.ANONYMOUS.owns(actor));

        actor.maintain("alice", false);
        assertFalse(ALICE.owns(actor));
    }

    @Test
    void itsCreatorStillWaitsForModerationOncePublished() {
        Resource actor = publishedBy("carole");
        Caller carole = new Caller("carole", Set.of(Role.CONTRIBUTOR));
        assertEquals(Workflow.Verdict.CONFLICT,
                Workflow.editVerdict(actor.getStatus(), Workflow.Actor.of(carole, actor)));
    }

    @Test
    void aMaintainerMayNotEditAWithdrawnOrRejectedResource() {
        for (ResourceStatus status : new ResourceStatus[] {ResourceStatus.WITHDRAWN, ResourceStatus.REJECTED,
                ResourceStatus.SUBMITTED}) {
            assertEquals(Workflow.Verdict.CONFLICT, Workflow.editVerdict(status, new Workflow.Actor(true, false, true)),
                    status.name());
        }
        assertEquals(Workflow.Verdict.FORBIDDEN,
                Workflow.editVerdict(ResourceStatus.PUBLISHED, new Workflow.Actor(false, false, true)),
                "a maintainer of another resource");
    }
}
