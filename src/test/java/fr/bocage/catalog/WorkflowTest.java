package fr.bocage.catalog;

import static fr.bocage.catalog.ResourceStatus.CHANGES_REQUESTED;
import static fr.bocage.catalog.ResourceStatus.DRAFT;
import static fr.bocage.catalog.ResourceStatus.PUBLISHED;
import static fr.bocage.catalog.ResourceStatus.REJECTED;
import static fr.bocage.catalog.ResourceStatus.SUBMITTED;
import static fr.bocage.catalog.ResourceStatus.WITHDRAWN;
import static fr.bocage.catalog.WorkflowAction.PUBLISH;
import static fr.bocage.catalog.WorkflowAction.REJECT;
import static fr.bocage.catalog.WorkflowAction.REQUEST_CHANGES;
import static fr.bocage.catalog.WorkflowAction.RETRACT;
import static fr.bocage.catalog.WorkflowAction.SUBMIT;
import static fr.bocage.catalog.WorkflowAction.WITHDRAW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.bocage.catalog.Workflow.Actor;
import fr.bocage.catalog.Workflow.Verdict;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.web.ErrorStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The workflow, every status × action × role: the moves the specification allows are listed below, one a row; every
 * other combination is refused, with 403 when the role never makes that move and 409 when only the status is wrong.
 */
class WorkflowTest {

    /** The roles as the workflow sees them: contributors and trainers alike, moderators and administrators alike. */
    enum Who {
        CONTRIBUTOR_OWNER(true, false), CONTRIBUTOR_OTHER(false, false),
        TRAINER_OWNER(true, false), TRAINER_OTHER(false, false),
        MODERATOR(false, true), ADMIN(false, true), MODERATOR_OWNER(true, true);

        final Actor actor;

        Who(boolean owner, boolean moderator) {
            actor = new Actor(owner, moderator);
        }
    }

    private static final Set<Who> OWNERS = Set.of(Who.CONTRIBUTOR_OWNER, Who.TRAINER_OWNER, Who.MODERATOR_OWNER);
    private static final Set<Who> MODERATORS = Set.of(Who.MODERATOR, Who.ADMIN, Who.MODERATOR_OWNER);

    private record Move(ResourceStatus from, WorkflowAction action, Set<Who> by, ResourceStatus to) {
    }

    private static final List<Move> ALLOWED = List.of(
            new Move(DRAFT, SUBMIT, OWNERS, SUBMITTED),
            new Move(CHANGES_REQUESTED, SUBMIT, OWNERS, SUBMITTED),
            new Move(SUBMITTED, RETRACT, OWNERS, DRAFT),
            new Move(SUBMITTED, PUBLISH, MODERATORS, PUBLISHED),
            new Move(SUBMITTED, REQUEST_CHANGES, MODERATORS, CHANGES_REQUESTED),
            new Move(SUBMITTED, REJECT, MODERATORS, REJECTED),
            new Move(PUBLISHED, WITHDRAW, MODERATORS, WITHDRAWN));

    static Stream<Arguments> everyStatusActionAndRole() {
        List<Arguments> cases = new ArrayList<>();
        for (ResourceStatus status : ResourceStatus.values()) {
            for (WorkflowAction action : WorkflowAction.values()) {
                for (Who who : Who.values()) {
                    cases.add(Arguments.of(status, action, who, expected(status, action, who)));
                }
            }
        }
        return cases.stream();
    }

    private static Verdict expected(ResourceStatus status, WorkflowAction action, Who who) {
        boolean roleMayEverDoIt = ALLOWED.stream().anyMatch(m -> m.action() == action && m.by().contains(who));
        if (!roleMayEverDoIt) {
            return Verdict.FORBIDDEN;
        }
        return ALLOWED.stream().anyMatch(m -> m.from() == status && m.action() == action && m.by().contains(who))
                ? Verdict.ALLOWED : Verdict.CONFLICT;
    }

    @ParameterizedTest(name = "{0} {1} by {2}: {3}")
    @MethodSource("everyStatusActionAndRole")
    void eachMoveIsAllowedOrRefusedAsSpecified(ResourceStatus status, WorkflowAction action, Who who, Verdict verdict) {
        assertEquals(verdict, Workflow.verdict(status, action, who.actor));
    }

    @Test
    void eachMoveLeadsWhereSpecified() {
        for (Move move : ALLOWED) {
            assertEquals(move.to(), move.action().target(), move::toString);
        }
        assertEquals(Set.of(PUBLISH, REQUEST_CHANGES, REJECT, WITHDRAW),
                Set.copyOf(Stream.of(WorkflowAction.values()).filter(WorkflowAction::isDecision).toList()));
    }

    static Stream<Arguments> everyStatusAndRoleForEditing() {
        Set<ResourceStatus> ownerEdits = Set.of(DRAFT, CHANGES_REQUESTED);
        List<Arguments> cases = new ArrayList<>();
        for (ResourceStatus status : ResourceStatus.values()) {
            for (Who who : Who.values()) {
                Verdict verdict = MODERATORS.contains(who) ? Verdict.ALLOWED
                        : !OWNERS.contains(who) ? Verdict.FORBIDDEN
                        : ownerEdits.contains(status) ? Verdict.ALLOWED : Verdict.CONFLICT;
                cases.add(Arguments.of(status, who, verdict));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "edit {0} by {1}: {2}")
    @MethodSource("everyStatusAndRoleForEditing")
    void ownersEditDraftsAndWhatWasSentBackModeratorsEverything(ResourceStatus status, Who who, Verdict verdict) {
        assertEquals(verdict, Workflow.editVerdict(status, who.actor));
    }

    @Test
    void aConflictNamesTheStatusAndWhatTheCallerMayDoInstead() {
        assertRefused(409, "Action « soumettre » impossible : la ressource est à l'état « publiée ». "
                + "Aucune action ne vous est possible dans cet état.",
                () -> Workflow.require(PUBLISHED, SUBMIT, Who.CONTRIBUTOR_OWNER.actor));
        assertRefused(409, "Action « modifier » impossible : la ressource est à l'état « soumise à la modération ». "
                + "Actions possibles pour vous : reprendre (retract).",
                () -> Workflow.requireEdit(SUBMITTED, Who.TRAINER_OWNER.actor));
        assertRefused(409, "Action « retirer » impossible : la ressource est à l'état « soumise à la modération ». "
                + "Actions possibles pour vous : modifier, publier (publish), demander des modifications "
                + "(request-changes), refuser (reject).",
                () -> Workflow.require(SUBMITTED, WITHDRAW, Who.MODERATOR.actor));
        assertRefused(409, "Action « publier » impossible : la ressource est à l'état « modifications demandées ». "
                + "Actions possibles pour vous : modifier, soumettre (submit).",
                () -> Workflow.require(CHANGES_REQUESTED, PUBLISH, Who.MODERATOR_OWNER.actor));
    }

    @Test
    void anOwnerTakesBackASubmissionUntilAModeratorDecides() {
        assertEquals(List.of(RETRACT), Workflow.allowed(SUBMITTED, Who.CONTRIBUTOR_OWNER.actor));
        assertRefused(409, "Action « reprendre » impossible : la ressource est à l'état « publiée ». "
                + "Aucune action ne vous est possible dans cet état.",
                () -> Workflow.require(PUBLISHED, RETRACT, Who.CONTRIBUTOR_OWNER.actor));
        assertRefused(403, "Vous n'avez pas le droit de faire l'action « reprendre » sur cette ressource.",
                () -> Workflow.require(SUBMITTED, RETRACT, Who.MODERATOR.actor));
    }

    @Test
    void aDescriptionGoesToModerationOnlyWithWhatModeratorsNeed() {
        ResourceDescription bare = new ResourceDescription("Document", " ", List.of(), null, null, null, null,
                List.of(), null, List.of(), null, null, null, List.of());
        assertEquals(List.of("summary", "type", "theme", "territory"),
                List.copyOf(Workflow.missingForSubmission(bare).keySet()));
        InvalidInput refused = assertThrows(InvalidInput.class, () -> Workflow.requireComplete(bare));
        assertEquals(400, ErrorStatus.of(refused));
        assertEquals("Cochez au moins un thème.", refused.fields().get("theme"));

        ResourceDescription complete = new ResourceDescription("Guide des mares", "Creuser et entretenir une mare.",
                List.of(), null, null, null, "guide", List.of("water"), "bretagne", List.of(), null, null, null,
                List.of());
        assertEquals(Map.of(), Workflow.missingForSubmission(complete));
        Workflow.requireComplete(complete);
    }

    @Test
    void aMoveTheRoleNeverMakesIsForbidden() {
        assertRefused(403, "Vous n'avez pas le droit de faire l'action « publier » sur cette ressource.",
                () -> Workflow.require(SUBMITTED, PUBLISH, Who.CONTRIBUTOR_OWNER.actor));
        assertRefused(403, "Vous n'avez pas le droit de faire l'action « modifier » sur cette ressource.",
                () -> Workflow.requireEdit(PUBLISHED, Who.TRAINER_OTHER.actor));
    }

    private static void assertRefused(int status, String message, Runnable attempt) {
        DomainException refused = assertThrows(DomainException.class, attempt::run);
        assertEquals(status, ErrorStatus.of(refused));
        assertEquals(message, refused.getMessage());
    }
}
