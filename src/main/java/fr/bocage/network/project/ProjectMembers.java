package fr.bocage.network.project;

import fr.bocage.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The members of projects, and where a caller stands in one ({@link ProjectStanding}). */
@ApplicationScoped
public class ProjectMembers {

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    public List<ProjectMember> of(Project project) {
        return em.createNamedQuery(ProjectMember.OF_PROJECT, ProjectMember.class)
                .setParameter("project", project.getId()).getResultList();
    }

    public Optional<ProjectMember> find(Project project, String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(ProjectMember.ONE, ProjectMember.class).setParameter("project", project.getId())
                .setParameter("username", username).getResultStream().findFirst();
    }

    /** The ids of the projects {@code username} is a member of. */
    public List<Long> projectsOf(String username) {
        return em.createNamedQuery(ProjectMember.PROJECTS_OF, Long.class).setParameter("username", username)
                .getResultList();
    }

    public ProjectStanding standing(Project project, Caller caller) {
        return new ProjectStanding(project, caller, find(project, caller.username()).orElse(null));
    }

    /**
     * Makes {@code username} a member for the organisation {@code actorId}, or moves an existing member to it: one
     * membership per project and account. Whether the caller may do so is the invitation's business.
     */
    ProjectMember enrol(Project project, String username, long actorId) {
        Optional<ProjectMember> existing = find(project, username);
        if (existing.isPresent() && existing.get().getActorId() == actorId) {
            return existing.get();
        }
        existing.ifPresent(em::remove);
        em.flush();
        ProjectMember member = new ProjectMember(project.getId(), username, actorId);
        em.persist(member);
        return member;
    }
}
