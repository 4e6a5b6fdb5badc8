package fr.bocage.network.news;

import fr.bocage.catalog.ResourceRepository;
import fr.bocage.ingest.StagedFile;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;

/**
 * A news item's image: PNG, JPEG or WebP of at most 2 MB, told by its first bytes, not by its name nor by what the
 * client declares (an SVG, which may hold a script, is no image here).
 */
@ApplicationScoped
public class NewsImages {
    public static final long MAX_BYTES = 2L * 1024 * 1024;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    @Inject
    NewsRepository news;

    @Inject
    ResourceRepository resources;

    @Transactional
    DescribedNews describe(long id, String alt) {
        News item = news.existing(id);
        item.describeImage(alt);
        return new DescribedNews(resources.existing(id), item);
    }

    /** @throws InvalidInput 415 for anything but PNG, JPEG or WebP, 413 beyond {@link #MAX_BYTES} */
    static void requireImage(StagedFile file) {
        if (file.size() > MAX_BYTES) {
            throw new InvalidInput(InvalidInput.Reason.TOO_LARGE, Messages.format("news.image.too-large",
                    MAX_BYTES / (1024 * 1024)), Map.of("file", Messages.format("news.image.too-large",
                    MAX_BYTES / (1024 * 1024))));
        }
        byte[] head = new byte[12];
        int read;
        try (InputStream in = Files.newInputStream(file.path())) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!isImage(Arrays.copyOf(head, read))) {
            String message = Messages.get("news.image.format");
            throw new InvalidInput(InvalidInput.Reason.UNSUPPORTED_FORMAT, message, Map.of("file", message));
        }
    }

    static boolean isImage(byte[] head) {
        return startsWith(head, PNG) || startsWith(head, JPEG) || (head.length >= 12
                && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F'
                && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P');
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        return head.length >= prefix.length && Arrays.equals(Arrays.copyOf(head, prefix.length), prefix);
    }
}
