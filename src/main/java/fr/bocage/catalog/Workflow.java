package fr.bocage.catalog;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.Conflict;
import fr.bocage.platform.error.Forbidden;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.rest.ApiNames;
import fr.bocage.platform.security.Caller;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who may move a resource along its workflow, and edit it, in each status. Pure rules: the caller is described by
 * an {@link Actor}, so that every combination can be checked without a server.
 * <p>
 * A caller without the role an action needs is refused (403) whatever the status; one with the role but at the
 * wrong moment gets a conflict (409) that names the status and what they may do instead.
 */
public final class Workflow {

    public enum Verdict { ALLOWED, FORBIDDEN, CONFLICT }

    /**
     * @param owner      the caller uploaded the resource, or maintains it
     * @param moderator  the caller is a moderator or an administrator
     * @param maintainer a moderator confirmed the caller as one who keeps the resource up to date (an actor's
     *                   representative): they change it while published, as its moderators do
     */
    public record Actor(boolean owner, boolean moderator, boolean maintainer) {
        public Actor(boolean owner, boolean moderator) {
            this(owner, moderator, false);
        }

        /** The caller as the workflow sees them, for this resource. */
        public static Actor of(Caller caller, Resource resource) {
            return new Actor(caller.owns(resource), caller.moderator(), resource.maintainedBy(caller.username()));
        }
    }

    private Workflow() {
    }

    public static Verdict verdict(ResourceStatus status, WorkflowAction action, Actor actor) {
        if (!mayPerform(action, actor)) {
            return Verdict.FORBIDDEN;
        }
        return action.startsFrom(status) ? Verdict.ALLOWED : Verdict.CONFLICT;
    }

    /**
     * Moderators edit at any time; owners while the resource is theirs to work on, a draft or sent back to them;
     * a confirmed maintainer also once it is published (a moderator vouched for them, not for each change).
     */
    public static Verdict editVerdict(ResourceStatus status, Actor actor) {
        if (actor.moderator()) {
            return Verdict.ALLOWED;
        }
        if (!actor.owner()) {
            return Verdict.FORBIDDEN;
        }
        return status == ResourceStatus.DRAFT || status == ResourceStatus.CHANGES_REQUESTED
                || actor.maintainer() && status == ResourceStatus.PUBLISHED ? Verdict.ALLOWED : Verdict.CONFLICT;
    }

    /** The actions this actor may take in this status, in the order of {@link WorkflowAction}. */
    public static List<WorkflowAction> allowed(ResourceStatus status, Actor actor) {
        return Arrays.stream(WorkflowAction.values())
                .filter(action -> verdict(status, action, actor) == Verdict.ALLOWED)
                .toList();
    }

    /**
     * What a description lacks before it goes to moderation, by field (as the forms and the API's upload name
     * them), in the forms' order; empty when it may go. A moderator needs to know what it is, what it is about and
     * where it applies: its summary, type, at least one theme and its territory, besides its title.
     */
    public static Map<String, String> missingForSubmission(ResourceDescription description) {
        Map<String, String> missing = new LinkedHashMap<>();
        if (blank(description.title())) {
            missing.put("title", Messages.get("submission.title.missing"));
        }
        if (blank(description.summary())) {
            missing.put("summary", Messages.get("submission.summary.missing"));
        }
        if (blank(description.type())) {
            missing.put("type", Messages.get("submission.type.missing"));
        }
        if (description.themes().isEmpty()) {
            missing.put("theme", Messages.get("submission.theme.missing"));
        }
        if (blank(description.territory())) {
            missing.put("territory", Messages.get("submission.territory.missing"));
        }
        return missing;
    }

    /** Throws the 400 of an incomplete description, naming each field to complete. */
    public static void requireComplete(ResourceDescription description) {
        Map<String, String> missing = missingForSubmission(description);
        if (!missing.isEmpty()) {
            throw new InvalidInput(InvalidInput.Reason.INVALID, Messages.format("submission.incomplete",
                    String.join(" ", missing.values())), missing);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Throws the 403 or 409 a refused action answers. */
    public static void require(ResourceStatus status, WorkflowAction action, Actor actor) {
        refuse(verdict(status, action, actor), status, Messages.get("workflow.action." + ApiNames.of(action)), actor);
    }

    public static void requireEdit(ResourceStatus status, Actor actor) {
        refuse(editVerdict(status, actor), status, Messages.get("workflow.action.edit"), actor);
    }

    private static void refuse(Verdict verdict, ResourceStatus status, String attempted, Actor actor) {
        switch (verdict) {
            case ALLOWED -> {
            }
            case FORBIDDEN -> throw new Forbidden(Messages.format("workflow.forbidden", attempted));
            case CONFLICT -> throw new Conflict(Messages.format("workflow.conflict",
                    attempted, Messages.get("workflow.status." + ApiNames.of(status)), possible(status, actor)));
        }
    }

    /** « Actions possibles : modifier, soumettre (submit). », or that there is none. */
    private static String possible(ResourceStatus status, Actor actor) {
        List<String> names = new ArrayList<>();
        if (editVerdict(status, actor) == Verdict.ALLOWED) {
            names.add(Messages.get("workflow.action.edit"));
        }
        for (WorkflowAction action : allowed(status, actor)) {
            names.add(Messages.format("workflow.action.named", Messages.get("workflow.action." + ApiNames.of(action)),
                    ApiNames.of(action)));
        }
        return names.isEmpty() ? Messages.get("workflow.possible.none")
                : Messages.format("workflow.possible", String.join(", ", names));
    }

    private static boolean mayPerform(WorkflowAction action, Actor actor) {
        return action.performer() == WorkflowAction.Performer.OWNER ? actor.owner() : actor.moderator();
    }
}
