package fr.bocage.catalog;

import fr.bocage.platform.security.Owned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A document of the resource centre, with Dublin Core–aligned metadata. Vocabulary fields hold codes. */
@Entity
@Table(name = "RESOURCE", indexes = @Index(name = "RESOURCE_STATUS", columnList = "STATUS"))
@NamedQuery(name = Resource.BY_SHA256, query = "SELECT r FROM Resource r WHERE r.file.sha256 = :sha256")
@NamedQuery(name = Resource.ALL, query = "SELECT r FROM Resource r ORDER BY r.id")
@NamedQuery(name = Resource.REVISIONS, query = "SELECT r.id, r.version FROM Resource r")
@NamedQuery(name = Resource.ALL_SHA256, query = "SELECT r.file.sha256 FROM Resource r WHERE r.file.sha256 IS NOT NULL")
@NamedQuery(name = Resource.COUNT, query = "SELECT COUNT(r) FROM Resource r")
@NamedQuery(name = Resource.COUNT_IN_STATUS, query = "SELECT COUNT(r) FROM Resource r WHERE r.status = :status")
@NamedQuery(name = Resource.COUNT_BY_STATUS, query = "SELECT r.status, COUNT(r) FROM Resource r GROUP BY r.status")
@NamedQuery(name = Resource.BY_STATUS_OLDEST_SUBMISSION_FIRST, query = "SELECT r FROM Resource r WHERE r.status = :status"
        + " ORDER BY COALESCE(r.submittedAt, r.createdAt), r.id")
@NamedQuery(name = Resource.MATERIALS_OF, query = "SELECT r FROM Resource r WHERE r.partOf = :parent ORDER BY r.id")
@NamedQuery(name = Resource.BY_OWNER, query = "SELECT r FROM Resource r WHERE r.createdBy = :owner"
        + " ORDER BY r.updatedAt DESC, r.id DESC")
@NamedQuery(name = Resource.PUBLISHED_IN_CIRCLE, query = "SELECT r FROM Resource r WHERE r.circle = :circle"
        + " AND r.status = fr.bocage.catalog.ResourceStatus.PUBLISHED AND r.partOf IS NULL ORDER BY r.updatedAt DESC, r.id DESC")
@NamedQuery(name = Resource.PUBLISHED_OF_ORGANISATION, query = "SELECT r FROM Resource r WHERE r.organisation = :organisation"
        + " AND r.status = fr.bocage.catalog.ResourceStatus.PUBLISHED AND r.partOf IS NULL AND r.circle IS NULL AND r.id <> :except ORDER BY r.updatedAt DESC, r.id DESC")
public class Resource implements Owned {
    static final String PUBLISHED_OF_ORGANISATION = "Resource.publishedOfOrganisation";
    static final String BY_SHA256 = "Resource.bySha256";
    static final String ALL = "Resource.all";
    static final String REVISIONS = "Resource.revisions";
    static final String ALL_SHA256 = "Resource.allSha256";
    static final String COUNT = "Resource.count";
    static final String COUNT_IN_STATUS = "Resource.countInStatus";
    static final String COUNT_BY_STATUS = "Resource.countByStatus";
    static final String BY_STATUS_OLDEST_SUBMISSION_FIRST = "Resource.byStatusOldestSubmissionFirst";
    static final String PUBLISHED_IN_CIRCLE = "Resource.publishedInCircle";
    static final String BY_OWNER = "Resource.byOwner";
    static final String MATERIALS_OF = "Resource.materialsOf";

    /** From a sequence, preallocated by the provider: no identity-column lock shared by concurrent inserts. */
    @Id
    @SequenceGenerator(name = "resource_id", sequenceName = "RESOURCE_ID_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resource_id")
    private Long id;

    /** Bumped by every change; the index keeps it to notice entries that fell behind. */
    @Version
    private long version;

    @Column(nullable = false, length = MetadataLimits.TITLE)
    private String title;

    @Column(length = MetadataLimits.SUMMARY)
    private String summary;

    @Convert(converter = StringListConverter.class)
    @Column(length = MetadataLimits.AUTHORS_COLUMN)
    private List<String> authors = List.of();

    @Column(length = MetadataLimits.ORGANISATION)
    private String organisation;

    @Column(name = "PUB_YEAR")
    private Integer year;

    @Column(name = "PUB_DATE")
    private LocalDate date;

    @Column(length = 80)
    private String type;

    @Convert(converter = StringListConverter.class)
    @Column(length = 2000)
    private List<String> themes = List.of();

    @Column(length = 80)
    private String territory;

    @Convert(converter = StringListConverter.class)
    @Column(length = 1000)
    private List<String> audiences = List.of();

    @Column(length = 20)
    private String language;

    @Column(length = 80)
    private String licence;

    @Column(length = 2000)
    private String sourceUrl;

    @Convert(converter = StringListConverter.class)
    @Column(length = MetadataLimits.KEYWORDS_COLUMN)
    private List<String> keywords = List.of();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ResourceStatus status = ResourceStatus.DRAFT;

    @Embedded
    private StoredFile file;

    @Embedded
    private ExtractionReport extraction;

    /** The webinar or course this resource is a material of (slides, handouts); null for anything else. */
    @Column(name = "PART_OF")
    private Long partOf;

    /**
     * Who may see it once published: null for everybody, else a circle such as {@code network:12} (the members of a
     * network, V19). The one access decision ({@link ResourceAccess}) and the index both read it.
     */
    @Column(length = 100)
    private String circle;

    /** The sections of an experience report written on line; null for a resource made of a file. */
    @Embedded
    private ExperienceReport report;

    /** A user name, which may be an e-mail address of up to 320 characters: so are the other "By" columns. */
    @Column(length = 320)
    private String createdBy;

    /**
     * Accounts that hold the resource as its owner does, besides its creator, and whose changes to it once published
     * need no new review: the representatives of an actor, once a moderator has confirmed them (V9). Read only when
     * an ownership is checked.
     */
    @ElementCollection
    @CollectionTable(name = "RESOURCE_MAINTAINER", joinColumns = @JoinColumn(name = "RESOURCE_ID"))
    @Column(name = "USERNAME", length = 320, nullable = false)
    private Set<String> maintainers = new HashSet<>();

    @Column(nullable = false)
    private Instant createdAt = Instant.now();

    @Column(nullable = false)
    private Instant updatedAt = Instant.now();

    /** Number of the current file; null for a resource whose file was never replaced (version 1). */
    private Integer fileVersion;

    /** When and by whom the current file came, when it replaced an earlier one; null for the first file. */
    private Instant fileAddedAt;

    @Column(length = 320)
    private String fileAddedBy;

    /** When it last went to the moderators; rows older than the workflow have none (their creation stands in). */
    private Instant submittedAt;

    /** The last moderator decision, kept until the next one so that the owner can read why. */
    @Column(length = 2000)
    private String decisionMessage;

    @Column(length = 320)
    private String decidedBy;

    private Instant decidedAt;

    protected Resource() {
    }

    public Resource(StoredFile file, ExtractionReport extraction, String createdBy) {
        this.file = file;
        this.extraction = extraction;
        this.createdBy = createdBy;
    }

    /** Replaces every descriptive field at once: a metadata update is a whole new description. */
    public void describe(ResourceDescription d) {
        title = d.title();
        summary = d.summary();
        authors = List.copyOf(d.authors());
        organisation = d.organisation();
        year = d.year();
        date = d.date();
        type = d.type();
        themes = List.copyOf(d.themes());
        territory = d.territory();
        audiences = List.copyOf(d.audiences());
        language = d.language();
        licence = d.licence();
        sourceUrl = d.sourceUrl();
        keywords = List.copyOf(d.keywords());
        updatedAt = Instant.now();
    }

    /**
     * Makes {@code newFile} the current file and returns the one it replaces, as an earlier version to keep.
     * The caller has checked that there is a current file.
     */
    ResourceVersion replaceFile(StoredFile newFile, ExtractionReport newExtraction, String user, Instant now) {
        ResourceVersion earlier = new ResourceVersion(id, getFileVersion(), file, extraction, getFileAddedAt(),
                getFileAddedBy(), now);
        file = newFile;
        extraction = newExtraction;
        fileVersion = getFileVersion() + 1;
        fileAddedAt = now;
        fileAddedBy = user;
        updatedAt = now;
        return earlier;
    }

    /** Gives a resource created without a file (a partnership, before its convention is signed) its first file. */
    void attachFirstFile(StoredFile newFile, ExtractionReport newExtraction, String user, Instant now) {
        file = newFile;
        extraction = newExtraction;
        fileVersion = 1;
        fileAddedAt = now;
        fileAddedBy = user;
        updatedAt = now;
    }

    /** Limits it to the members of a circle; null makes it public (a news item no longer members-only). */
    void limitTo(String members) {
        circle = members;
    }

    /** Null when public. */
    public String getCircle() {
        return circle;
    }

    /** Makes this a material of the resource {@code parentId}, before it is first stored. */
    void attachTo(long parentId) {
        partOf = parentId;
    }

    /** A change of its materials changes the resource: its index entry and its revision follow. */
    void touch() {
        updatedAt = Instant.now();
    }

    /** A resource written on line: an experience report whose text is its sections, without any file. */
    public static Resource written(ReportSections sections, String createdBy) {
        Resource resource = new Resource(null, null, createdBy);
        resource.report = new ExperienceReport(sections);
        return resource;
    }

    void rewriteReport(ReportSections sections) {
        report = new ExperienceReport(sections);
        updatedAt = Instant.now();
    }

    /** The report's sections, or null for a resource made of a file. */
    public ReportSections getReport() {
        return report == null ? null : report.sections();
    }

    public Long getPartOf() {
        return partOf;
    }

    public int getFileVersion() {
        return fileVersion == null ? 1 : fileVersion;
    }

    public Instant getFileAddedAt() {
        return fileAddedAt == null ? createdAt : fileAddedAt;
    }

    public String getFileAddedBy() {
        return fileAddedAt == null ? createdBy : fileAddedBy;
    }

    public ResourceDescription description() {
        return new ResourceDescription(title, summary, authors, organisation, year, date, type, themes, territory,
                audiences, language, licence, sourceUrl, keywords);
    }

    public void changeStatus(ResourceStatus newStatus) {
        status = newStatus;
        updatedAt = Instant.now();
        if (newStatus == ResourceStatus.SUBMITTED) {
            submittedAt = updatedAt;
        }
    }

    /** A moderator's decision: the new status, who took it and what they said (may be null). */
    public void decide(ResourceStatus newStatus, String moderator, String message) {
        changeStatus(newStatus);
        decidedBy = moderator;
        decisionMessage = message;
        decidedAt = updatedAt;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public ResourceStatus getStatus() {
        return status;
    }

    public boolean isPublished() {
        return status == ResourceStatus.PUBLISHED;
    }

    public StoredFile getFile() {
        return file;
    }

    public ExtractionReport getExtraction() {
        return extraction;
    }

    @Override
    public String owner() {
        return createdBy;
    }

    /** Its creator, or one of its maintainers. */
    @Override
    public boolean ownedBy(String username) {
        return username != null && (username.equals(createdBy) || maintainedBy(username));
    }

    /** A maintainer a moderator confirmed (a representative of an actor); not its creator as such. */
    public boolean maintainedBy(String username) {
        return username != null && maintainers.contains(username);
    }

    void maintain(String username, boolean maintains) {
        if (maintains) {
            maintainers.add(username);
        } else {
            maintainers.remove(username);
        }
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getDecisionMessage() {
        return decisionMessage;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
