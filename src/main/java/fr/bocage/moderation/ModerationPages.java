package fr.bocage.moderation;

import fr.bocage.audit.AuditEvent;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.WorkflowAction;
import fr.bocage.platform.Messages;
import fr.bocage.platform.rest.ApiNames;
import fr.bocage.platform.web.Routes;
import fr.bocage.portal.UiText;




/** What the moderation pages show, row by row. */
public final class ModerationPages {

    private ModerationPages() {
    }

    /** A contribution waiting for review. */
    public record QueueRow(String title, String owner, String submitted, String extraction, String url) {

        static QueueRow of(Resource r) {
            return new QueueRow(r.getTitle(), r.getCreatedBy(),
                    UiText.dayAndTime(r.getSubmittedAt() == null ? r.getCreatedAt() : r.getSubmittedAt()),
                    r.getExtraction() == null ? UiText.format("moderation.written")
                            : UiText.format("moderation.extraction." + ApiNames.of(r.getExtraction().getStatus())),
                    Routes.REVIEW + r.getId());
        }
    }

    /** A decision the moderator may take now, with whether it needs a message. */
    public record Decision(String code, String message) {

        static Decision of(WorkflowAction action) {
            return new Decision(ApiNames.of(action), action.message().name());
        }
    }

    /** One line of a resource's history. */
    public record HistoryRow(String when, String who, String what, String message) {

        static HistoryRow of(AuditEvent event) {
            return new HistoryRow(UiText.dayAndTime(event.getOccurredAt()), event.getActor(),
                    Messages.get("audit.action." + ApiNames.of(event.getAction())),
                    event.getMessage() == null ? "" : event.getMessage());
        }
    }
}
