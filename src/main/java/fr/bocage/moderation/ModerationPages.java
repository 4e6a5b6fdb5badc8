package fr.bocage.moderation;

import fr.bocage.audit.AuditEvent;
import fr.bocage.audit.AuditAction;
import fr.bocage.catalog.ReportSection;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ReviewedState;
import fr.bocage.catalog.WorkflowAction;
import fr.bocage.platform.Messages;
import fr.bocage.platform.rest.ApiNames;
import fr.bocage.platform.web.Routes;
import fr.bocage.portal.UiText;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the moderation pages show, row by row. */
public final class ModerationPages {
    /** The decisions that reach the public or cannot be undone, confirmed before they are taken. */
    private static final Set<WorkflowAction> CONFIRMED = EnumSet.of(WorkflowAction.PUBLISH, WorkflowAction.REJECT,
            WorkflowAction.WITHDRAW);

    private ModerationPages() {
    }

    static boolean needsConfirmation(WorkflowAction decision) {
        return CONFIRMED.contains(decision);
    }

    /**
     * A contribution waiting for review.
     *
     * @param owner      the name of the person who sent it
     * @param extraction what became of the text of its file, in plain words
     */
    public record QueueRow(String title, String owner, String submitted, String extraction, String url) {

        static QueueRow of(Resource r, People people) {
            return new QueueRow(r.getTitle(), people.name(r.getCreatedBy()),
                    UiText.dayAndTime(r.getSubmittedAt() == null ? r.getCreatedAt() : r.getSubmittedAt()),
                    r.getExtraction() == null ? UiText.format("moderation.written")
                            : UiText.format("moderation.extraction." + ApiNames.of(r.getExtraction().getStatus())),
                    Routes.REVIEW + r.getId());
        }
    }

    /** A decision the moderator may take now, with whether it needs a message and a confirmation. */
    public record Decision(String code, String message, boolean confirm) {

        static Decision of(WorkflowAction action) {
            return new Decision(ApiNames.of(action), action.message().name(), needsConfirmation(action));
        }
    }

    /** One line of a resource's history. */
    public record HistoryRow(String when, String who, String what, String message) {

        static HistoryRow of(AuditEvent event, People people) {
            return new HistoryRow(UiText.dayAndTime(event.getOccurredAt()), people.name(event.getActor()),
                    Messages.get("audit.action." + ApiNames.of(event.getAction())),
                    event.getMessage() == null ? "" : event.getMessage());
        }
    }

    /**
     * What changed since the moderator last asked for changes.
     *
     * @param when    when they asked
     * @param who     who asked
     * @param changes each field that changed, empty when nothing did
     */
    public record SinceReview(String when, String who, List<ChangeRow> changes) {

        /** The last request for changes that kept what it saw, compared with the resource now; none without one. */
        static Optional<SinceReview> of(List<AuditEvent> history, ReviewedState now, People people) {
            for (int i = history.size() - 1; i >= 0; i--) {
                AuditEvent event = history.get(i);
                Optional<ReviewedState> seen = event.getAction() == AuditAction.REQUEST_CHANGES
                        ? ReviewedState.read(event.getSnapshot()) : Optional.empty();
                if (seen.isPresent()) {
                    return Optional.of(new SinceReview(UiText.dayAndTime(event.getOccurredAt()),
                            people.name(event.getActor()),
                            seen.get().changesTo(now).stream().map(ChangeRow::of).toList()));
                }
            }
            return Optional.empty();
        }
    }

    /** One changed field: its name and its text then and now (empty for an empty field). */
    public record ChangeRow(String field, String before, String now) {

        static ChangeRow of(ReviewedState.Change change) {
            if (change.field().equals(ReviewedState.FILE)) {
                return new ChangeRow(UiText.format("moderation.changed.file"), fileName(change.before()),
                        UiText.format("moderation.changed.file.new", fileName(change.now())));
            }
            Optional<ReportSection> section = Arrays.stream(ReportSection.values())
                    .filter(r -> r.name().equalsIgnoreCase(change.field())).findFirst();
            return new ChangeRow(section.map(ReportSection::label)
                    .orElseGet(() -> UiText.format("moderation.changed." + change.field())),
                    change.before(), change.now());
        }

        /** A file as people know it: by its name, without the digest that told it apart. */
        private static String fileName(String file) {
            int digest = file.lastIndexOf(" · ");
            return digest < 0 ? file : file.substring(0, digest);
        }
    }

    /**
     * What the review page says of what was just done.
     *
     * @param decision  the decision's name, null after a save
     * @param nextTitle the title of the contribution to review next, null when none waits
     * @param nextUrl   its review page, or the queue when none waits
     */
    public record Outcome(String decision, String nextTitle, String nextUrl) {
        static final Outcome SAVED = new Outcome(null, null, null);

        static Outcome decided(String decision, Optional<Resource> next) {
            return new Outcome(decision, next.map(Resource::getTitle).orElse(null),
                    next.map(r -> Routes.REVIEW + r.getId()).orElse(Routes.MODERATION));
        }
    }
}
