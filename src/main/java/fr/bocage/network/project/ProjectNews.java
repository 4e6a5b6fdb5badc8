package fr.bocage.network.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A news item a coordinator linked to a project: its public page lists those the catalogue has published for
 * everybody (a link says nothing of visibility, which stays the news item's own).
 */
@Entity
@Table(name = "PROJECT_NEWS")
@NamedQuery(name = ProjectNews.OF_PROJECT, query = "SELECT n.newsId FROM ProjectNews n WHERE n.projectId = :project"
        + " ORDER BY n.linkedAt DESC, n.id DESC")
@NamedQuery(name = ProjectNews.ONE, query = "SELECT n FROM ProjectNews n WHERE n.projectId = :project"
        + " AND n.newsId = :news")
public class ProjectNews {
    static final String OF_PROJECT = "ProjectNews.ofProject";
    static final String ONE = "ProjectNews.one";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "PROJECT_ID", nullable = false)
    private Long projectId;

    @Column(name = "NEWS_ID", nullable = false)
    private Long newsId;

    @Column(name = "LINKEDAT", nullable = false)
    private Instant linkedAt = Instant.now();

    protected ProjectNews() {
    }

    ProjectNews(long projectId, long newsId) {
        this.projectId = projectId;
        this.newsId = newsId;
    }
}
