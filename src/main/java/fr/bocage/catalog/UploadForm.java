package fr.bocage.catalog;

import fr.bocage.ingest.ContentStore;
import fr.bocage.ingest.StagedFile;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the parts of an upload: the file is streamed into the staging area as it arrives, the other parts are
 * short texts. A part the API does not know is refused rather than silently dropped.
 */
public final class UploadForm {
    private static final Set<String> FIELDS = Set.copyOf(MetadataFields.NAMES);
    private static final int MAX_FIELD_BYTES = 20_000;

    private final Set<String> accepted;
    private final Map<String, List<String>> fields = new HashMap<>();
    private StagedFile file;

    private UploadForm(Set<String> accepted) {
        this.accepted = accepted;
    }

    /**
     * A file and its metadata parts. A declared length beyond the limit is refused before anything is read.
     */
    static UploadForm read(List<EntityPart> parts, Long declaredLength, ContentStore store, long maxBytes) {
        ContentStore.checkDeclaredLength(declaredLength, maxBytes);
        return read(parts, store, maxBytes, FIELDS);
    }

    /**
     * A file and the text parts named {@code accepted} (a project's shared document and its title), for a feature
     * whose upload has fields of its own; the caller closes {@link #file()}.
     */
    public static UploadForm read(List<EntityPart> parts, Long declaredLength, ContentStore store, long maxBytes,
            Set<String> accepted) {
        ContentStore.checkDeclaredLength(declaredLength, maxBytes);
        return read(parts, store, maxBytes, Set.copyOf(accepted));
    }

    /** A file alone, such as a new version of a resource's file. */
    public static StagedFile fileOnly(List<EntityPart> parts, Long declaredLength, ContentStore store, long maxBytes) {
        ContentStore.checkDeclaredLength(declaredLength, maxBytes);
        return read(parts, store, maxBytes, Set.of()).file();
    }

    private static UploadForm read(List<EntityPart> parts, ContentStore store, long maxBytes, Set<String> accepted) {
        UploadForm form = new UploadForm(accepted);
        try {
            for (EntityPart part : parts) {
                form.accept(part, store, maxBytes);
            }
        } catch (RuntimeException e) {
            if (form.file != null) {
                form.file.close();
            }
            throw e;
        }
        if (form.file == null) {
            throw new InvalidInput(Messages.get("upload.file.missing"));
        }
        return form;
    }

    private void accept(EntityPart part, ContentStore store, long maxBytes) {
        Disposition disposition = Disposition.of(part);
        String name = disposition.name();
        if ("file".equals(name)) {
            if (file != null) {
                throw new InvalidInput(Messages.get("upload.file.several"));
            }
            file = store.stage(part.getContent(), disposition.fileName(), maxBytes);
        } else if (name != null && accepted.contains(name)) {
            fields.computeIfAbsent(name, n -> new ArrayList<>()).add(text(part));
        } else {
            throw new InvalidInput(Messages.format("upload.field.unknown", name,
                    Stream.concat(Stream.of("file"), accepted.stream().sorted()).collect(Collectors.joining(", "))));
        }
    }

    private static String text(EntityPart part) {
        try (InputStream in = part.getContent()) {
            byte[] bytes = in.readNBytes(MAX_FIELD_BYTES + 1);
            if (bytes.length > MAX_FIELD_BYTES) {
                throw new InvalidInput(Messages.format("upload.field.too-long", part.getName()));
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A part's name and file name, read from its Content-Disposition header. The runtime's parser (mime4j, lenient)
     * takes the file name for the name when the file name holds non-ASCII characters, sent as raw UTF-8 as browsers
     * do, so that « été.txt » came out as an unknown field; its header value keeps the bytes, as ISO-8859-1.
     */
    record Disposition(String name, String fileName) {
        private static final Pattern NAME = parameter("name");
        private static final Pattern FILE_NAME = parameter("filename");

        static Disposition of(EntityPart part) {
            String header = part.getHeaders().getFirst("Content-Disposition");
            return new Disposition(value(NAME, header).orElseGet(part::getName),
                    value(FILE_NAME, header).map(Disposition::utf8).orElseGet(() -> part.getFileName().orElse(null)));
        }

        private static Pattern parameter(String name) {
            return Pattern.compile("(?:^|;)\\s*" + name + "\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]*))",
                    Pattern.CASE_INSENSITIVE);
        }

        private static Optional<String> value(Pattern parameter, String header) {
            Matcher matcher = header == null ? null : parameter.matcher(header);
            if (matcher == null || !matcher.find()) {
                return Optional.empty();
            }
            return Optional.of(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }

        /** The UTF-8 text the bytes spell, or the value as it is when they are not UTF-8 (or not bytes at all). */
        private static String utf8(String value) {
            if (!StandardCharsets.ISO_8859_1.newEncoder().canEncode(value)) {
                return value;
            }
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .decode(ByteBuffer.wrap(value.getBytes(StandardCharsets.ISO_8859_1))).toString();
            } catch (CharacterCodingException e) {
                return value;
            }
        }
    }

    /** The last value sent for {@code name}, or null. */
    public String field(String name) {
        List<String> values = fields.getOrDefault(name, List.of());
        return values.isEmpty() ? null : values.get(values.size() - 1);
    }

    public StagedFile file() {
        return file;
    }

    /** The metadata parts, if their constraints hold (the same as the JSON API's). */
    MetadataInput metadata(Validator validator) {
        MetadataInput metadata = MetadataFields.read(fields);
        Set<ConstraintViolation<MetadataInput>> violations = validator.validate(metadata);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return metadata;
    }
}
