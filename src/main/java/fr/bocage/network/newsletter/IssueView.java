package fr.bocage.network.newsletter;

import java.time.Instant;
import java.util.List;

/**
 * An issue in the API: its state, items and sending progress (counts and percentage, read from the database, so
 * they survive a restart).
 */
public record IssueView(long id, Integer number, String subject, String editorial, String status, String createdBy,
        Instant createdAt, Instant since, Instant startedAt, Instant sentAt, Progress progress, List<Item> items) {

    /** @param total confirmed subscribers at the start (more if some confirmed during the sending) */
    public record Progress(int total, int processed, int sent, int skipped, int failed, int percent) {
    }

    public record Item(long id, long resourceId, String kind, String title, String summary, String url,
            List<String> themes, Instant publishedAt) {
    }

    static IssueView of(Issue issue, List<IssueItem> items) {
        return new IssueView(issue.getId(), issue.getNumber(), issue.getSubject(), issue.getEditorial(),
                issue.getStatus().name().toLowerCase(java.util.Locale.ROOT), issue.getCreatedBy(),
                issue.getCreatedAt(), issue.getSince(), issue.getStartedAt(), issue.getSentAt(), progress(issue),
                items == null ? null : items.stream().map(i -> new Item(i.getId(), i.getResourceId(), i.getKind(),
                        i.getTitle(), i.getSummary(), i.getUrl(), i.getThemes(), i.getPublishedAt())).toList());
    }

    static Progress progress(Issue issue) {
        return new Progress(issue.getTotal(), issue.getProcessed(), issue.getSent(), issue.getSkipped(),
                issue.getFailed(), issue.percent());
    }
}
