package fr.bocage.network.news;

import fr.bocage.catalog.ResourceDeleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Deleting a news item's resource deletes its news row, in the same transaction. */
@ApplicationScoped
public class NewsDeletion {

    @Inject
    NewsRepository news;

    void onDelete(@Observes ResourceDeleted deleted) {
        news.find(deleted.id()).ifPresent(news::remove);
    }
}
