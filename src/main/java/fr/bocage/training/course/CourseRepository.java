package fr.bocage.training.course;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The courses' rows. */
@ApplicationScoped
public class CourseRepository {
    /** The resource type of courses, a term of the type vocabulary. */
    public static final String TYPE = "course";

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    public Optional<Course> find(long id) {
        return Optional.ofNullable(em.find(Course.class, id));
    }

    /** The course, its row locked until the transaction ends (registrations to its sessions lock it too). */
    Course locked(long id) {
        Course course = em.find(Course.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (course == null) {
            throw new NotFound(Messages.format("course.not-found", id));
        }
        return course;
    }

    public Course existing(long id) {
        return find(id).orElseThrow(() -> new NotFound(Messages.format("course.not-found", id)));
    }

    void persist(Course course) {
        em.persist(course);
    }

    void remove(Course course) {
        em.remove(course);
    }

    List<Course> all() {
        return em.createNamedQuery(Course.ALL, Course.class).getResultList();
    }

    /** The courses among {@code ids} (a page of search hits), by id. */
    Map<Long, Course> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(Course.BY_IDS, Course.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Course::getId, Function.identity()));
    }
}
