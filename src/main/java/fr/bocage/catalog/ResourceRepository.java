package fr.bocage.catalog;

import fr.bocage.audit.AuditLog;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.NotFound;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Circles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class ResourceRepository {

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Circles circles;

    public Optional<Resource> find(long id) {
        return Optional.ofNullable(em.find(Resource.class, id));
    }

    /** The resource, or a 404 that says it does not exist. */
    public Resource existing(long id) {
        return find(id).orElseThrow(() -> new NotFound(Messages.format("resource.not-found", id)));
    }

    /** The resource as the caller may see it: 404 if unknown or not theirs to see, 410 if withdrawn. */
    public Resource visibleTo(long id, Caller caller) {
        Resource resource = existing(id);
        Resource parent = resource.getPartOf() == null ? null : find(resource.getPartOf()).orElse(null);
        // Only members-only content needs the caller's circles: public resources cost no look-up.
        boolean limited = resource.getCircle() != null || parent != null && parent.getCircle() != null;
        return ResourceAccess.visible(resource, parent, caller, limited ? circles.of(caller) : Set.of());
    }

    /** The resource, if the caller may see it and change it now (403 or 409 otherwise). */
    public Resource editableBy(long id, Caller caller) {
        Resource resource = visibleTo(id, caller);
        ResourceAccess.requireEditor(resource, caller);
        return resource;
    }

    /**
     * The resources published since {@code since} (a moderator's decision then, or their creation when published at
     * once), the latest made first, materials left out (they belong to their training); of the given types, or of any when
     * {@code types} is empty. What a newsletter issue proposes: public resources only, since anybody may subscribe.
     */
    public List<Resource> publishedSince(java.time.Instant since, java.util.Collection<String> types, int limit) {
        String ofTypes = types.isEmpty() ? "" : " AND r.type IN :types";
        // Each date compared with the parameter directly, so that the attributes' converter binds it (a COALESCE
        // would pass the Instant as it is).
        var query = em.createQuery("SELECT r FROM Resource r WHERE r.status = :status AND r.partOf IS NULL"
                        + " AND r.circle IS NULL AND (r.decidedAt >= :since OR (r.decidedAt IS NULL AND r.createdAt >= :since))" + ofTypes
                        + " ORDER BY r.id DESC", Resource.class)
                .setParameter("status", ResourceStatus.PUBLISHED).setParameter("since", since)
                .setMaxResults(limit);
        if (!types.isEmpty()) {
            query.setParameter("types", List.copyOf(types));
        }
        return query.getResultList();
    }

    /** The ids of the published resources of a type by their titles, in the order of the titles (a form's choices). */
    public Map<String, Long> publishedIdsByTitle(String type) {
        Map<String, Long> ids = new LinkedHashMap<>();
        em.createQuery("SELECT r.title, r.id FROM Resource r WHERE r.type = :type AND r.status = :status"
                        + " AND r.circle IS NULL ORDER BY r.title", Object[].class)
                .setParameter("type", type).setParameter("status", ResourceStatus.PUBLISHED).getResultList()
                .forEach(row -> ids.put((String) row[0], (Long) row[1]));
        return ids;
    }

    public Optional<Resource> findBySha256(String sha256) {
        return em.createNamedQuery(Resource.BY_SHA256, Resource.class)
                .setParameter("sha256", sha256)
                .getResultStream()
                .findFirst();
    }

    /**
     * At most {@code limit} resources in a status from the {@code first}-th (from 0), the longest waiting first: the
     * moderation queue when the status is submitted.
     */
    public List<Resource> inStatusOldestSubmissionFirst(ResourceStatus status, int first, int limit) {
        return em.createNamedQuery(Resource.BY_STATUS_OLDEST_SUBMISSION_FIRST, Resource.class)
                .setParameter("status", status)
                .setFirstResult(first)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countInStatus(ResourceStatus status) {
        return em.createNamedQuery(Resource.COUNT_IN_STATUS, Long.class).setParameter("status", status)
                .getSingleResult();
    }

    /** What an account uploaded, the most recently changed first. */
    public List<Resource> ownedBy(String username) {
        return em.createNamedQuery(Resource.BY_OWNER, Resource.class)
                .setParameter("owner", username)
                .getResultList();
    }

    /**
     * The published resources an organisation made, by its name as their description gives it (an actor's
     * resources), the most recently changed first, {@code except} aside (the actor itself). Materials are left out:
     * they are seen only while their training is.
     */
    public List<Resource> publishedOfOrganisation(String organisation, long except, int limit) {
        return em.createNamedQuery(Resource.PUBLISHED_OF_ORGANISATION, Resource.class)
                .setParameter("organisation", organisation)
                .setParameter("except", except)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * What was published for the members of {@code circle} only (a project's space), the most recently changed
     * first; materials aside. The area that owns the circle shows it to those inside, nobody else.
     */
    public List<Resource> publishedInCircle(String circle) {
        return em.createNamedQuery(Resource.PUBLISHED_IN_CIRCLE, Resource.class).setParameter("circle", circle)
                .getResultList();
    }

    /** The materials of a webinar or course, in the order they were added. */
    public List<Resource> materialsOf(long parentId) {
        return em.createNamedQuery(Resource.MATERIALS_OF, Resource.class)
                .setParameter("parent", parentId)
                .getResultList();
    }

    /**
     * The materials of a webinar, course or event that {@code caller} may see, in the order they were added: those
     * of a members-only event are in its circle, and seen by who is inside.
     */
    public List<Resource> materialsVisibleTo(long parentId, Caller caller) {
        List<Resource> materials = materialsOf(parentId);
        // As for one resource: only members-only materials need the caller's circles.
        boolean limited = materials.stream().anyMatch(m -> m.getCircle() != null);
        Set<String> inside = limited ? circles.of(caller) : Set.of();
        return materials.stream().filter(m -> ResourceAccess.isVisible(m, caller, inside)).toList();
    }

    public void persist(Resource resource) {
        em.persist(resource);
        em.flush();
    }

    /** Writes pending changes now, so that the version the index records is the committed one. */
    public void flush() {
        em.flush();
    }

    public void remove(Resource resource) {
        em.remove(resource);
    }

    /** A page of resources in id order after {@code afterId}: keyset paging keeps deep pages cheap. */
    public List<Resource> pageAfter(long afterId, int size) {
        return em.createQuery("SELECT r FROM Resource r WHERE r.id > :after ORDER BY r.id", Resource.class)
                .setParameter("after", afterId)
                .setMaxResults(size)
                .getResultList();
    }

    public Map<Long, Long> revisions() {
        Map<Long, Long> revisions = new HashMap<>();
        for (Object[] row : em.createNamedQuery(Resource.REVISIONS, Object[].class).getResultList()) {
            revisions.put((Long) row[0], (Long) row[1]);
        }
        return revisions;
    }

    /** The digest of every file a row owns: the resources' current files and their earlier versions. */
    public Set<String> allSha256() {
        Set<String> owned = new HashSet<>(em.createNamedQuery(Resource.ALL_SHA256, String.class).getResultList());
        owned.addAll(em.createNamedQuery(ResourceVersion.ALL_SHA256, String.class).getResultList());
        return owned;
    }

    /** Whether any row, current file or earlier version, still owns the stored file of this digest. */
    public boolean owns(String sha256) {
        return findBySha256(sha256).isPresent() || em.createNamedQuery(ResourceVersion.USING_SHA256, Long.class)
                .setParameter("sha256", sha256).getSingleResult() > 0;
    }

    /**
     * The earlier files of a resource the caller may see, newest first: all of them for its owner and the
     * moderators; for anybody else only those replaced once it had been published, hence public as its current file.
     * A file replaced before the first publication was never the one the moderator reviewed: were it public, a
     * contributor could have a clean file published and its hidden predecessor served with it.
     */
    public List<ResourceVersion> versionsShownTo(Resource resource, Caller caller) {
        List<ResourceVersion> all = versionsOf(resource.getId());
        if (caller.ownsOrModerates(resource) || all.isEmpty()) {
            return all;
        }
        return audit.firstReached(resource.getId(), ResourceStatus.PUBLISHED)
                .map(published -> all.stream().filter(v -> !v.getReplacedAt().isBefore(published)).toList())
                .orElse(List.of());
    }

    /** Earlier files of a resource, newest first. */
    public List<ResourceVersion> versionsOf(long id) {
        return em.createNamedQuery(ResourceVersion.OF_RESOURCE, ResourceVersion.class)
                .setParameter("resource", id).getResultList();
    }

    public void persist(ResourceVersion version) {
        em.persist(version);
    }

    /** Removes the earlier versions of a resource; returns their digests. */
    public List<String> removeVersionsOf(long id) {
        List<String> digests = versionsOf(id).stream().map(v -> v.getFile().getSha256()).toList();
        em.createNamedQuery(ResourceVersion.DELETE_OF_RESOURCE).setParameter("resource", id).executeUpdate();
        return digests;
    }

    public long count() {
        return em.createNamedQuery(Resource.COUNT, Long.class).getSingleResult();
    }

    public Map<ResourceStatus, Long> countByStatus() {
        Map<ResourceStatus, Long> counts = new EnumMap<>(ResourceStatus.class);
        for (Object[] row : em.createNamedQuery(Resource.COUNT_BY_STATUS, Object[].class).getResultList()) {
            counts.put((ResourceStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /**
     * The published public resources some accounts made (a network's members'), the most recently changed first.
     * Materials are left out: they are seen only while their training is; so is members-only content (a list's
     * attachments, a network's members-only news), which a public section must not name.
     */
    public List<Resource> publishedBy(java.util.Collection<String> owners, int limit) {
        if (owners.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM Resource r WHERE r.createdBy IN :owners"
                        + " AND r.status = fr.bocage.catalog.ResourceStatus.PUBLISHED AND r.partOf IS NULL"
                        + " AND r.circle IS NULL ORDER BY r.updatedAt DESC, r.id DESC", Resource.class)
                .setParameter("owners", owners)
                .setMaxResults(limit)
                .getResultList();
    }
}
