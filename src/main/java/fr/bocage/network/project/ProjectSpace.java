package fr.bocage.network.project;

import fr.bocage.account.AccountRepository;
import fr.bocage.catalog.MetadataInput;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.ResourceService;
import fr.bocage.catalog.ResourceStatus;
import fr.bocage.ingest.StagedFile;
import fr.bocage.network.actor.ActorDirectory;
import fr.bocage.network.news.DescribedNews;
import fr.bocage.network.news.NewsService;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.Forbidden;
import fr.bocage.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * A project's private space: what its members share with the project only (documents ingested like any resource,
 * news), in the project's circle and published at once, so that they alone find it, by page and by search. Who
 * enters is {@link ProjectStanding#seesPrivateSpace()}, asked here for every read and write.
 */
@ApplicationScoped
public class ProjectSpace {
    /** The catalogue's type of a document shared in a project's space. */
    public static final String DOCUMENT_TYPE = "project-document";

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    @Inject
    ProjectRepository projects;

    @Inject
    ProjectMembers members;

    @Inject
    ResourceService resources;

    @Inject
    ResourceRepository catalog;

    @Inject
    NewsService news;

    @Inject
    ProjectNewsLinks links;

    @Inject
    ActorDirectory actors;

    @Inject
    AccountRepository accounts;

    /** A member as the space and the API show them. */
    public record Member(String username, String name, long organisation, String organisationName, String country,
            java.time.Instant joinedAt) {
    }

    /**
     * The project of {@code slug} with where the caller stands in it, when they may enter its space.
     *
     * @throws fr.bocage.platform.error.NotFound for a project the caller may not see at all
     * @throws Forbidden                         for a caller outside the space
     */
    public ProjectStanding entered(String slug, Caller caller) {
        ProjectStanding standing = members.standing(projects.visibleTo(slug, caller), caller);
        if (!standing.seesPrivateSpace()) {
            throw new Forbidden(Messages.get("project.space.forbidden"));
        }
        return standing;
    }

    /** « Mes projets »: the published projects {@code username} is a member of, and those they coordinate. */
    @Transactional
    public MyProjectsPage mine(String username) {
        List<MyProjectsPage.Row> member = members.projectsOf(username).stream()
                .map(id -> em.find(Project.class, id)).filter(p -> p != null && p.isPublished())
                .map(p -> new MyProjectsPage.Row(p.getTitle(), spaceOf(p), members.find(p, username)
                        .flatMap(m -> actors.nameOf(m.getActorId())).orElse(null))).toList();
        List<MyProjectsPage.Row> coordinated = em.createNamedQuery(Project.COORDINATED_BY, Long.class)
                .setParameter("username", username).getResultStream().map(id -> em.find(Project.class, id))
                .map(p -> new MyProjectsPage.Row(p.getTitle(), spaceOf(p), null)).toList();
        return new MyProjectsPage(member, coordinated);
    }

    private static String spaceOf(Project project) {
        return ProjectView.PATH + project.getSlug() + ProjectSpaceRequests.SPACE;
    }

    /** The members, in the order they joined. */
    public List<Member> members(Project project) {
        List<ProjectMember> all = members.of(project);
        Map<String, String> names = accounts.displayNames(all.stream().map(ProjectMember::getUsername).toList());
        return all.stream().map(m -> {
            var actor = actors.listed(m.getActorId());
            return new Member(m.getUsername(), names.getOrDefault(m.getUsername(), m.getUsername()), m.getActorId(),
                    actor.map(ActorDirectory.Listed::name).orElse(null),
                    actor.map(ActorDirectory.Listed::country).orElse(null), m.getJoinedAt());
        }).toList();
    }

    /** What the members shared, news and documents, the most recently changed first. */
    public List<Resource> shared(Project project) {
        return catalog.publishedInCircle(Project.circle(project.getId()));
    }

    /**
     * A file shared with the project's members only, ingested as any upload (text extracted, indexed) and published
     * at once in the project's circle. The caller closes {@code upload}.
     */
    public Resource share(ProjectStanding standing, StagedFile upload, DocumentInput input) {
        requireInside(standing);
        Project project = standing.project();
        MetadataInput metadata = new MetadataInput(input.title(),
                Messages.format("project.document.summary", project.getTitle()), DOCUMENT_TYPE, List.of(), null,
                List.of(), null, null, null, null, List.of(), null, List.of(), null);
        return resources.createInCircle(upload, metadata, standing.caller(), Project.circle(project.getId()),
                ResourceStatus.PUBLISHED);
    }

    /**
     * A news item for the project's members only, published at once; or, {@code forEverybody}, one sent to the
     * usual moderation like any contributor's, and linked to the project, whose public page shows it once published.
     */
    @Transactional
    public DescribedNews post(ProjectStanding standing, SpaceNewsInput input) {
        requireInside(standing);
        Project project = standing.project();
        if (!input.forEverybody()) {
            return news.publishInCircle(input.news(), Project.circle(project.getId()), standing.caller());
        }
        DescribedNews saved = news.saveAndSubmit(null, input.news(), standing.caller());
        links.linkFromSpace(project, saved.resource().getId());
        return saved;
    }

    private static void requireInside(ProjectStanding standing) {
        if (!standing.seesPrivateSpace()) {
            throw new Forbidden(Messages.get("project.space.forbidden"));
        }
    }
}
