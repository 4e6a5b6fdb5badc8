package fr.bocage.ingest.worker;

import java.io.IOException;
import java.io.Writer;

/**
 * Streams the extracted text to its file while counting it and keeping its beginning for language detection,
 * so that no document's full text is ever held in memory.
 */
final class TextSink extends Writer {

    private final Writer out;
    private final int sampleSize;
    private final StringBuilder sample = new StringBuilder();
    private long chars;
    private boolean visible;

    TextSink(Writer out, int sampleSize) {
        this.out = out;
        this.sampleSize = sampleSize;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        out.write(buffer, offset, length);
        chars += length;
        for (int i = offset; !visible && i < offset + length; i++) {
            visible = !Character.isWhitespace(buffer[i]) && !Character.isSpaceChar(buffer[i]);
        }
        int room = sampleSize - sample.length();
        if (room > 0) {
            sample.append(buffer, offset, Math.min(room, length));
        }
    }

    long chars() {
        return chars;
    }

    /** Whether anything but whitespace was written. */
    boolean hasVisibleText() {
        return visible;
    }

    CharSequence sample() {
        return sample;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
