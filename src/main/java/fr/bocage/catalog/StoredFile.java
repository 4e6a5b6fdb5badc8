package fr.bocage.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The original file of a resource, kept in the content store under its SHA-256. */
@Embeddable
public class StoredFile {

    @Column(name = "FILE_SHA256", length = 64, unique = true)
    private String sha256;

    @Column(name = "FILE_SIZE")
    private long size;

    @Column(name = "FILE_NAME", length = 255)
    private String originalName;

    @Column(name = "FILE_MEDIA_TYPE", length = 200)
    private String mediaType;

    @Column(name = "FILE_FORMAT", length = 40)
    private String format;

    protected StoredFile() {
    }

    public StoredFile(String sha256, long size, String originalName, String mediaType, String format) {
        this.sha256 = sha256;
        this.size = size;
        this.originalName = originalName;
        this.mediaType = mediaType;
        this.format = format;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSize() {
        return size;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getFormat() {
        return format;
    }
}
