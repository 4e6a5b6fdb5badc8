package fr.bocage.training.course;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceDescription;
import fr.bocage.platform.web.Routes;
import fr.bocage.search.FacetDimension;
import fr.bocage.search.FacetVocabulary;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/** What a course's page shows: its description with labels, its facts, its sessions, and whether one may edit it. */
public final class CoursePage {
    private final Resource resource;
    private final Course course;
    private final FacetVocabulary vocabulary;
    private final CourseFacts facts;
    private final List<SessionRow> sessions;
    private final boolean editable;

    CoursePage(Resource resource, Course course, FacetVocabulary vocabulary, boolean editable, Instant now) {
        this.resource = resource;
        this.course = course;
        this.vocabulary = vocabulary;
        this.editable = editable;
        this.facts = new CourseFacts(resource, course, now);
        List<CourseSession> all = course.getSessions();
        this.sessions = IntStream.range(0, all.size())
                .mapToObj(i -> new SessionRow(resource.getId(), i + 1, all.get(i), now)).toList();
    }

    public long getId() {
        return resource.getId();
    }

    public String getTitle() {
        return resource.getTitle();
    }

    public String getSummary() {
        return description().summary();
    }

    public String getObjectives() {
        return course.getObjectives();
    }

    public String getPrerequisites() {
        return course.getPrerequisites();
    }

    /** Checked on input: an http or https address only. */
    public String getPlatformUrl() {
        return course.getPlatformUrl();
    }

    public String getThemes() {
        return labels(FacetDimension.THEME, description().themes());
    }

    public String getAudiences() {
        return labels(FacetDimension.AUDIENCE, description().audiences());
    }

    public String getTerritory() {
        String territory = description().territory();
        return territory == null ? null : vocabulary.label(FacetDimension.TERRITORY.parameter(), territory);
    }

    public CourseFacts getFacts() {
        return facts;
    }

    public List<SessionRow> getSessions() {
        return sessions;
    }

    /** Whether the course is held in sessions (not self-paced), to say when none is dated yet. */
    public boolean isScheduled() {
        return course.getFormat().hasSessions();
    }

    /** The edit form's address, for its trainer, the moderators and the administrators; null for others. */
    public String getEditUrl() {
        return editable ? Routes.course(resource.getId()) + "/modifier" : null;
    }

    private ResourceDescription description() {
        return resource.description();
    }

    private String labels(FacetDimension dimension, List<String> codes) {
        return String.join(", ", codes.stream().map(c -> vocabulary.label(dimension.parameter(), c)).toList());
    }
}
