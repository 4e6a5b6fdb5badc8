package fr.bocage.network.project;

import fr.bocage.account.AccountRepository;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.Forbidden;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.error.NotFound;
import fr.bocage.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The members of projects, and where a caller stands in one ({@link ProjectStanding}). */
@ApplicationScoped
public class ProjectMembers {

    /** The field of an enrolment, or an invitation, that names the member's organisation. */
    public static final String ORGANISATION = "organisation";

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    @Inject
    AccountRepository accounts;

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
     * Ends a membership: those who run the project remove anybody, a member may leave.
     *
     * @throws Forbidden when the caller neither runs the project nor is that member
     * @throws NotFound  when {@code username} is no member
     */
    @Transactional
    public void remove(Project project, String username, Caller caller) {
        if (!standing(project, caller).runs() && !username.equals(caller.username())) {
            throw new Forbidden(Messages.get("project.members.forbidden"));
        }
        em.remove(find(project, username)
                .orElseThrow(() -> new NotFound(Messages.format("project.member.not-found", username))));
    }

    /**
     * Makes {@code username} a member for the organisation {@code actorId}, or moves an existing member to it: one
     * membership per project and account. Whether the caller may do so is the caller's business (an administrator,
     * an invitation).
     *
     * @throws NotFound     for an unknown account
     * @throws InvalidInput on {@value #ORGANISATION} when the organisation is none of the project's partners
     */
    @Transactional
    public ProjectMember enrol(Project project, String username, long actorId) {
        if (accounts.findByUsername(username).isEmpty()) {
            throw new NotFound(Messages.format("project.coordinator.unknown", username));
        }
        if (project.getPartners().stream().noneMatch(p -> p.getActorId() == actorId)) {
            String message = Messages.format("project.member.not-partner", actorId);
            throw new InvalidInput(InvalidInput.Reason.INVALID, message, Map.of(ORGANISATION, message));
        }
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
