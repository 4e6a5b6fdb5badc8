package fr.bocage.catalog;

import fr.bocage.audit.AuditEvent;
import fr.bocage.audit.AuditLog;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.rest.ApiNames;
import fr.bocage.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Moves resources along the moderation workflow. Each move is one transaction: the new status, its audit event and
 * the e-mail to the owner commit together or not at all, and the index follows after the commit.
 */
@ApplicationScoped
public class WorkflowService {

    @Inject
    ResourceRepository resources;

    @Inject
    ResourceWrites writes;

    @Inject
    AuditLog audit;

    @Inject
    Event<ResourceDecided> decisions;

    @Inject
    Event<ResourceSubmitted> submissions;

    /**
     * @param message what the moderator tells the owner; required for some decisions, ignored for a submission
     * @throws DomainException 404 or 410 for a resource the caller may not see, 403 for an action their role does
     *                      not allow, 409 for an action the status does not allow, 400 for a missing message or,
     *                      on submission, a description lacking what moderators need (each field named)
     */
    @Transactional
    public Resource perform(long id, WorkflowAction action, Caller caller, String message) {
        String said = allowed(resources.visibleTo(id, caller), action, caller, message);
        Resource moved = writes.move(id, action, caller.username(), said);
        if (action.isDecision()) {
            decisions.fire(new ResourceDecided(moved, action, said));
        } else if (action == WorkflowAction.SUBMIT) {
            submissions.fire(new ResourceSubmitted(moved));
        }
        return moved;
    }

    /**
     * Refuses as {@link #perform} would, moving nothing: a page asks for a confirmation only of what may be done.
     *
     * @return the resource as it stands, read afresh in this transaction
     */
    @Transactional
    public Resource check(long id, WorkflowAction action, Caller caller, String message) {
        Resource resource = resources.visibleTo(id, caller);
        allowed(resource, action, caller, message);
        return resource;
    }

    /** @return the message as it is kept: stripped, or null when the action takes none */
    private static String allowed(Resource resource, WorkflowAction action, Caller caller, String message) {
        Workflow.require(resource.getStatus(), action, Workflow.Actor.of(caller, resource));
        if (action == WorkflowAction.SUBMIT) {
            Workflow.requireComplete(resource.description());
        }
        String said = action.message() == WorkflowAction.MessageRule.NONE || message == null || message.isBlank()
                ? null : message.strip();
        if (said == null && action.message() == WorkflowAction.MessageRule.REQUIRED) {
            String missing = Messages.format("moderation.message.required",
                    Messages.get("workflow.action." + ApiNames.of(action)));
            throw new InvalidInput(InvalidInput.Reason.INVALID, missing, Map.of("message", missing));
        }
        return said;
    }

    /**
     * One page of what waits for a moderator, the longest waiting first, and how many wait in all: an import left
     * for review can put a whole catalogue in the queue.
     *
     * @param page from 1; @param size at most {@link QueuePage#MAX_SIZE}
     */
    @Transactional
    public QueuePage queue(int page, int size) {
        int shown = Math.max(1, Math.min(QueuePage.MAX_SIZE, size));
        int number = Math.max(1, Math.min(page, Integer.MAX_VALUE / shown));
        return new QueuePage(resources.inStatusOldestSubmissionFirst(ResourceStatus.SUBMITTED, (number - 1) * shown,
                shown), resources.countInStatus(ResourceStatus.SUBMITTED), number, shown);
    }

    /** What waits for a moderator after the resource {@code done}: the longest waiting but that one. */
    @Transactional
    public Optional<Resource> nextInQueue(long done) {
        return resources.inStatusOldestSubmissionFirst(ResourceStatus.SUBMITTED, 0, 2).stream()
                .filter(r -> r.getId() != done).findFirst();
    }

    /** How many resources wait for a moderator: one count on an indexed column, for the header of every page. */
    @Transactional
    public long waiting() {
        return resources.countInStatus(ResourceStatus.SUBMITTED);
    }

    @Transactional
    public List<Resource> ownedBy(String username) {
        return resources.ownedBy(username);
    }

    /** The history of a resource, even a deleted one; unknown only when nothing ever happened to it. */
    @Transactional
    public List<AuditEvent> history(long id) {
        List<AuditEvent> events = audit.of(id);
        if (events.isEmpty()) {
            resources.existing(id);
        }
        return events;
    }
}
