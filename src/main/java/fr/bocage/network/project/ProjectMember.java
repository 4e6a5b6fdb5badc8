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
 * An account taking part in a project for one of its partner organisations (an actor of the directory): it sees the
 * project's private space and answers the project's self-diagnosis for that organisation.
 */
@Entity
@Table(name = "PROJECT_MEMBER")
@NamedQuery(name = ProjectMember.OF_PROJECT,
        query = "SELECT m FROM ProjectMember m WHERE m.projectId = :project ORDER BY m.joinedAt, m.id")
@NamedQuery(name = ProjectMember.ONE,
        query = "SELECT m FROM ProjectMember m WHERE m.projectId = :project AND m.username = :username")
@NamedQuery(name = ProjectMember.PROJECTS_OF,
        query = "SELECT m.projectId FROM ProjectMember m WHERE m.username = :username")
public class ProjectMember {
    static final String OF_PROJECT = "ProjectMember.ofProject";
    static final String ONE = "ProjectMember.one";
    static final String PROJECTS_OF = "ProjectMember.projectsOf";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "PROJECT_ID", nullable = false)
    private Long projectId;

    @Column(name = "USERNAME", nullable = false, length = 320)
    private String username;

    /** The organisation the member speaks for: one of the project's partners. */
    @Column(name = "ACTOR_ID", nullable = false)
    private Long actorId;

    @Column(name = "JOINEDAT", nullable = false)
    private Instant joinedAt = Instant.now();

    protected ProjectMember() {
    }

    ProjectMember(long projectId, String username, long actorId) {
        this.projectId = projectId;
        this.username = username;
        this.actorId = actorId;
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getUsername() {
        return username;
    }

    public long getActorId() {
        return actorId;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }
}
