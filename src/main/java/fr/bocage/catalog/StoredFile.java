package fr.bocage.catalog;

import fr.bocage.platform.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The original file of a resource, kept in the content store under its SHA-256. */
@Embeddable
public class StoredFile {

    @Column(name = "FILE_SHA256", length = 64, unique = true)
    private String sha256;

    @Column(name = "FILE_SIZE")
    private long size;

    static final int NAME_LENGTH = 255;
    /** A longer "extension" is part of the name, not a format to keep. */
    private static final int MAX_EXTENSION = 16;

    @Column(name = "FILE_NAME", length = NAME_LENGTH)
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
        this.originalName = keptName(originalName);
        this.mediaType = mediaType;
        this.format = format;
    }

    /**
     * The name as sent, without what would mislead once shown or downloaded (controls, bidi overrides, zero-width
     * characters, line breaks) and, when longer than its column, shortened before its extension.
     */
    static String keptName(String name) {
        String visible = PlainText.oneLine(name);
        if (visible == null || visible.length() <= NAME_LENGTH) {
            return visible == null || visible.isEmpty() ? null : visible;
        }
        int dot = visible.lastIndexOf('.');
        String extension = dot > 0 && visible.length() - dot <= MAX_EXTENSION ? visible.substring(dot) : "";
        return PlainText.cut(visible, NAME_LENGTH - extension.length()) + extension;
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
