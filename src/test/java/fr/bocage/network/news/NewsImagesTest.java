package fr.bocage.network.news;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An image is told by its first bytes: PNG, JPEG and WebP only (an SVG may hold a script). */
class NewsImagesTest {

    @Test
    void acceptsPngJpegAndWebp() {
        assertTrue(NewsImages.isImage(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13}));
        assertTrue(NewsImages.isImage(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}));
        assertTrue(NewsImages.isImage("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void refusesAnythingElse() {
        assertFalse(NewsImages.isImage("<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>"
                .getBytes(StandardCharsets.UTF_8)));
        assertFalse(NewsImages.isImage("GIF89a".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(NewsImages.isImage("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(NewsImages.isImage("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1)));
        assertFalse(NewsImages.isImage(new byte[0]));
        assertFalse(NewsImages.isImage(new byte[] {(byte) 0x89, 'P'}));
    }
}
