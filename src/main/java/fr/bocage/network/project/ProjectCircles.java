package fr.bocage.network.project;

import fr.bocage.platform.security.CircleMembership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;

/**
 * The projects' circles: {@code project:{id}} holds the project's members and coordinators, who alone see what is
 * shared with the project only. The catalog and the search ask through {@link CircleMembership}, as for networks.
 */
@ApplicationScoped
public class ProjectCircles implements CircleMembership {

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    @Inject
    ProjectMembers members;

    @Override
    public Set<String> circlesOf(String username) {
        Set<String> circles = new HashSet<>();
        members.projectsOf(username).forEach(id -> circles.add(Project.circle(id)));
        em.createNamedQuery(Project.COORDINATED_BY, Long.class).setParameter("username", username).getResultList()
                .forEach(id -> circles.add(Project.circle(id)));
        return circles;
    }
}
