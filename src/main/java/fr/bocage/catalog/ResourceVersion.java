package fr.bocage.catalog;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An earlier file of a resource, replaced by a newer one: still downloadable, never searched (the index holds the
 * current file's text only). The current file stays on the resource itself.
 */
@Entity
@Table(name = "RESOURCE_VERSION", indexes = @Index(name = "RESOURCE_VERSION_RESOURCE", columnList = "RESOURCE_ID"))
@NamedQuery(name = ResourceVersion.OF_RESOURCE,
        query = "SELECT v FROM ResourceVersion v WHERE v.resourceId = :resource ORDER BY v.number DESC")
@NamedQuery(name = ResourceVersion.ALL_SHA256, query = "SELECT v.file.sha256 FROM ResourceVersion v")
@NamedQuery(name = ResourceVersion.USING_SHA256,
        query = "SELECT COUNT(v) FROM ResourceVersion v WHERE v.file.sha256 = :sha256")
@NamedQuery(name = ResourceVersion.DELETE_OF_RESOURCE, query = "DELETE FROM ResourceVersion v WHERE v.resourceId = :resource")
public class ResourceVersion {
    static final String OF_RESOURCE = "ResourceVersion.ofResource";
    static final String ALL_SHA256 = "ResourceVersion.allSha256";
    static final String USING_SHA256 = "ResourceVersion.usingSha256";
    static final String DELETE_OF_RESOURCE = "ResourceVersion.deleteOfResource";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "RESOURCE_ID", nullable = false)
    private long resourceId;

    @Column(name = "VERSION_NUMBER", nullable = false)
    private int number;

    /** Unlike a resource's current file, the same bytes may be an earlier version more than once (A, B, A again). */
    @Embedded
    @AttributeOverride(name = "sha256", column = @Column(name = "FILE_SHA256", length = 64, nullable = false))
    private StoredFile file;

    @Embedded
    private ExtractionReport extraction;

    @Column(nullable = false)
    private Instant addedAt;

    /** A user name, which may be an e-mail address of up to 320 characters (V4). */
    @Column(length = 320)
    private String addedBy;

    @Column(nullable = false)
    private Instant replacedAt;

    protected ResourceVersion() {
    }

    ResourceVersion(long resourceId, int number, StoredFile file, ExtractionReport extraction, Instant addedAt,
            String addedBy, Instant replacedAt) {
        this.resourceId = resourceId;
        this.number = number;
        this.file = file;
        this.extraction = extraction;
        this.addedAt = addedAt;
        this.addedBy = addedBy;
        this.replacedAt = replacedAt;
    }

    public long getResourceId() {
        return resourceId;
    }

    public int getNumber() {
        return number;
    }

    public StoredFile getFile() {
        return file;
    }

    public ExtractionReport getExtraction() {
        return extraction;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }
}
