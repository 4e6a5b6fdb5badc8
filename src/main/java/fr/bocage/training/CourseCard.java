package fr.bocage.training;

import fr.bocage.search.SearchResult;

/** One hit of the training catalogue: the course's page, title, facts and the search's snippet (HTML-safe). */
public final class CourseCard {
    private final SearchResult.Hit hit;
    private final CourseFacts facts;

    CourseCard(SearchResult.Hit hit, CourseFacts facts) {
        this.hit = hit;
        this.facts = facts;
    }

    public String getUrl() {
        return PublishedCourses.PAGE + hit.id();
    }

    public String getTitle() {
        return hit.title();
    }

    public String getSnippet() {
        return hit.snippet();
    }

    public CourseFacts getFacts() {
        return facts;
    }
}
