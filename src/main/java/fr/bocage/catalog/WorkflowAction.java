package fr.bocage.catalog;

import fr.bocage.audit.AuditAction;
import java.util.Set;

/**
 * The moves of a resource's moderation workflow: from which statuses each starts, where it leads, who makes it and
 * whether it must say why. {@link Workflow} decides whether a caller may make one now.
 */
public enum WorkflowAction {
    SUBMIT(Performer.OWNER, MessageRule.NONE, ResourceStatus.SUBMITTED, AuditAction.SUBMIT,
            ResourceStatus.DRAFT, ResourceStatus.CHANGES_REQUESTED),
    /** The owner takes back a submission no moderator has decided on yet, to change it. */
    RETRACT(Performer.OWNER, MessageRule.NONE, ResourceStatus.DRAFT, AuditAction.RETRACT, ResourceStatus.SUBMITTED),
    PUBLISH(Performer.MODERATOR, MessageRule.NONE, ResourceStatus.PUBLISHED, AuditAction.PUBLISH,
            ResourceStatus.SUBMITTED),
    REQUEST_CHANGES(Performer.MODERATOR, MessageRule.REQUIRED, ResourceStatus.CHANGES_REQUESTED,
            AuditAction.REQUEST_CHANGES, ResourceStatus.SUBMITTED),
    REJECT(Performer.MODERATOR, MessageRule.REQUIRED, ResourceStatus.REJECTED, AuditAction.REJECT,
            ResourceStatus.SUBMITTED),
    WITHDRAW(Performer.MODERATOR, MessageRule.OPTIONAL, ResourceStatus.WITHDRAWN, AuditAction.WITHDRAW,
            ResourceStatus.PUBLISHED);

    /** The owner of the resource, or a moderator (administrators moderate too). */
    public enum Performer { OWNER, MODERATOR }

    public enum MessageRule { NONE, OPTIONAL, REQUIRED }

    private final Performer performer;
    private final MessageRule message;
    private final ResourceStatus target;
    private final AuditAction audit;
    private final Set<ResourceStatus> sources;

    WorkflowAction(Performer performer, MessageRule message, ResourceStatus target, AuditAction audit,
            ResourceStatus... sources) {
        this.performer = performer;
        this.message = message;
        this.target = target;
        this.audit = audit;
        this.sources = Set.of(sources);
    }

    public Performer performer() {
        return performer;
    }

    public MessageRule message() {
        return message;
    }

    public ResourceStatus target() {
        return target;
    }

    public AuditAction audit() {
        return audit;
    }

    public boolean startsFrom(ResourceStatus status) {
        return sources.contains(status);
    }

    /** A moderator's decision, which the owner is told about. */
    public boolean isDecision() {
        return performer == Performer.MODERATOR;
    }
}
