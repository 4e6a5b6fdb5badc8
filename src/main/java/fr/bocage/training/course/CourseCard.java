package fr.bocage.training.course;

import fr.bocage.platform.web.Routes;
import fr.bocage.search.SearchResult;




/**
 * One hit of the training catalogue: the course's page, title, facts and the search's snippet (HTML-safe). A
 * document of type course without a course's fields (uploaded as a file) has no facts, and its resource page.
 */
public final class CourseCard {
    private final SearchResult.Hit hit;
    private final CourseFacts facts;

    CourseCard(SearchResult.Hit hit, CourseFacts facts) {
        this.hit = hit;
        this.facts = facts;
    }

    public String getUrl() {
        return (facts == null ? Routes.RESOURCE : Routes.COURSE) + hit.id();
    }

    public String getTitle() {
        return hit.title();
    }

    public String getSnippet() {
        return hit.snippet();
    }

    /** Null for a document without a course's fields. */
    public CourseFacts getFacts() {
        return facts;
    }
}
