package fr.bocage.network.project;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.network.news.NewsRepository;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.Forbidden;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The news items those who run a project link to it. The project's public page and API show only those the catalogue
 * has published for everybody, read again each time (an item may be withdrawn or limited since it was linked).
 */
@ApplicationScoped
public class ProjectNewsLinks {

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    @Inject
    ResourceRepository catalog;

    @Inject
    ProjectMembers members;

    /**
     * Links a news item the caller can see; linking it again changes nothing.
     *
     * @throws Forbidden    unless the caller runs the project
     * @throws InvalidInput when {@code newsId} is no news item
     */
    @Transactional
    public void link(Project project, long newsId, Caller caller) {
        requireRunner(project, caller);
        if (!isNews(catalog.visibleTo(newsId, caller))) {
            throw new InvalidInput(Messages.format("project.news.not-news", newsId));
        }
        if (find(project, newsId).isEmpty()) {
            em.persist(new ProjectNews(project.getId(), newsId));
        }
    }

    /** Links an item a member just posted for everybody from the project's space, which decided they may. */
    @Transactional(Transactional.TxType.MANDATORY)
    void linkFromSpace(Project project, long newsId) {
        em.persist(new ProjectNews(project.getId(), newsId));
    }

    @Transactional
    public void unlink(Project project, long newsId, Caller caller) {
        requireRunner(project, caller);
        find(project, newsId).ifPresent(em::remove);
    }

    /** The linked items published for everybody, the most recently linked first. */
    public List<Resource> published(Project project) {
        return em.createNamedQuery(ProjectNews.OF_PROJECT, Long.class).setParameter("project", project.getId())
                .getResultStream().map(catalog::find).flatMap(Optional::stream)
                .filter(r -> r.isPublished() && r.getCircle() == null && isNews(r)).toList();
    }

    private Optional<ProjectNews> find(Project project, long newsId) {
        return em.createNamedQuery(ProjectNews.ONE, ProjectNews.class).setParameter("project", project.getId())
                .setParameter("news", newsId).getResultStream().findFirst();
    }

    private void requireRunner(Project project, Caller caller) {
        if (!members.standing(project, caller).runs()) {
            throw new Forbidden(Messages.get("project.edit.forbidden"));
        }
    }

    static boolean isNews(Resource resource) {
        return NewsRepository.TYPE.equals(resource.description().type());
    }
}
