package fr.bocage.moderation;

import fr.bocage.audit.AuditEvent;
import fr.bocage.audit.AuditLog;
import fr.bocage.catalog.Caller;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.ResourceStatus;
import fr.bocage.catalog.ResourceWrites;
import fr.bocage.catalog.Workflow;
import fr.bocage.catalog.WorkflowAction;
import fr.bocage.platform.ApiException;
import fr.bocage.platform.ApiNames;
import fr.bocage.platform.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Moves resources along the moderation workflow. Each move is one transaction: the new status, its audit event and
 * the e-mail to the owner commit together or not at all, and the index follows after the commit.
 */
@ApplicationScoped
public class ModerationService {

    @Inject
    ResourceRepository resources;

    @Inject
    ResourceWrites writes;

    @Inject
    AuditLog audit;

    @Inject
    DecisionMail mail;

    /**
     * @param message what the moderator tells the owner; required for some decisions, ignored for a submission
     * @throws ApiException 404 or 410 for a resource the caller may not see, 403 for an action their role does
     *                      not allow, 409 for an action the status does not allow, 400 for a missing message
     */
    @Transactional
    public Resource perform(long id, WorkflowAction action, Caller caller, String message) {
        Resource resource = resources.visibleTo(id, caller);
        Workflow.require(resource.getStatus(), action, caller.on(resource));
        String said = action.message() == WorkflowAction.MessageRule.NONE || message == null || message.isBlank()
                ? null : message.strip();
        if (said == null && action.message() == WorkflowAction.MessageRule.REQUIRED) {
            throw ApiException.badRequest(Messages.format("moderation.message.required",
                    Messages.get("workflow.action." + ApiNames.of(action))));
        }
        Resource moved = writes.move(id, action, caller.username(), said);
        if (action.isDecision()) {
            mail.tellOwner(moved, action, said);
        }
        return moved;
    }

    /** What waits for a moderator, the longest waiting first. */
    @Transactional
    public List<Resource> queue() {
        return resources.inStatusOldestSubmissionFirst(ResourceStatus.SUBMITTED);
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
