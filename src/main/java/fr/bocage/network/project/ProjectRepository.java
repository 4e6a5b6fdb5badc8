package fr.bocage.network.project;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.Forbidden;
import fr.bocage.platform.error.NotFound;
import fr.bocage.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The projects, found by slug as the caller may see them: a draft they may not see is unknown, as any slug. */
@ApplicationScoped
public class ProjectRepository {

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    public List<Project> all() {
        return em.createNamedQuery(Project.ALL, Project.class).getResultList();
    }

    public Optional<Project> find(String slug) {
        return em.createNamedQuery(Project.BY_SLUG, Project.class).setParameter("slug", slug).getResultStream()
                .findFirst();
    }

    public Project visibleTo(String slug, Caller caller) {
        return find(slug).filter(p -> ProjectAccess.maySee(p, caller))
                .orElseThrow(() -> new NotFound(Messages.format("project.not-found", slug)));
    }

    public Project editableBy(String slug, Caller caller) {
        Project project = visibleTo(slug, caller);
        if (!ProjectAccess.mayEdit(project, caller)) {
            throw new Forbidden(Messages.get("project.edit.forbidden"));
        }
        return project;
    }

    void persist(Project project) {
        em.persist(project);
    }
}
