package fr.bocage.platform.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * A response whose body is kept until the page is done, so that headers can still be set from the whole of it
 * ({@link PageValidators}); beyond a limit, what was kept is sent and the rest goes straight through.
 */
final class BufferedResponse extends HttpServletResponseWrapper {
    private final Body body;
    private PrintWriter writer;
    private boolean streamUsed;

    BufferedResponse(HttpServletResponse response, int limit) {
        super(response);
        this.body = new Body(response, limit);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() was called first");
        }
        streamUsed = true;
        return body;
    }

    @Override
    public PrintWriter getWriter() {
        if (streamUsed) {
            throw new IllegalStateException("getOutputStream() was called first");
        }
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    /** Kept until the end: the page's own flushes would commit the headers too early. */
    @Override
    public void flushBuffer() throws IOException {
        if (body.passing()) {
            super.flushBuffer();
        }
    }

    @Override
    public void resetBuffer() {
        body.reset();
        super.resetBuffer();
    }

    @Override
    public void reset() {
        body.reset();
        super.reset();
    }

    @Override
    public boolean isCommitted() {
        return body.passing() || super.isCommitted();
    }

    /** The length is set from the kept bytes at the end. */
    @Override
    public void setContentLength(int length) {
        if (body.passing()) {
            super.setContentLength(length);
        }
    }

    @Override
    public void setContentLengthLong(long length) {
        if (body.passing()) {
            super.setContentLengthLong(length);
        }
    }

    /** The whole body, or null if it was too large and has gone through already. */
    byte[] finish() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        return body.passing() ? null : body.kept.toByteArray();
    }

    /** Keeps what is written, up to the limit; then sends it and lets the rest through. */
    private static final class Body extends ServletOutputStream {
        private final HttpServletResponse response;
        private final int limit;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream(16 * 1024);
        private ServletOutputStream through;

        Body(HttpServletResponse response, int limit) {
            this.response = response;
            this.limit = limit;
        }

        boolean passing() {
            return through != null;
        }

        void reset() {
            if (!passing()) {
                kept.reset();
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (through == null && kept.size() + length > limit) {
                through = response.getOutputStream();
                kept.writeTo(through);
                kept.reset();
            }
            if (through != null) {
                through.write(bytes, offset, length);
            } else {
                kept.write(bytes, offset, length);
            }
        }

        @Override
        public void flush() throws IOException {
            if (through != null) {
                through.flush();
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("pages are written synchronously");
        }
    }
}
