package fr.bocage.network.news;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The news items' rows. */
@ApplicationScoped
public class NewsRepository {
    /** The resource type of news, a term of the type vocabulary. */
    public static final String TYPE = "news";

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    public Optional<News> find(long id) {
        return Optional.ofNullable(em.find(News.class, id));
    }

    public News existing(long id) {
        return find(id).orElseThrow(() -> new NotFound(Messages.format("news.not-found", id)));
    }

    void persist(News news) {
        em.persist(news);
    }

    void remove(News news) {
        em.remove(news);
    }

    /** The news items among {@code ids} (a page of search hits), by id. */
    Map<Long, News> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(News.BY_IDS, News.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(News::getId, Function.identity()));
    }
}
