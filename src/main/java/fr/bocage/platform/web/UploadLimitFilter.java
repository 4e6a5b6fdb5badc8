package fr.bocage.platform.web;

import fr.bocage.platform.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses an upload that is too large before its body is read (issue 12 #5), for the API and the portal alike:
 * <ul>
 * <li>a declared length beyond the limit answers 413 at once, in JSON for the API and with the French page for
 * the portal: the API's runtime used to parse a whole declared 2 GB multipart body before the resource method saw
 * the length;</li>
 * <li>a body without a declared length ({@code Transfer-Encoding: chunked}) is read through a counting stream that
 * stops at the limit, and the answer is 413 as well. The portal's forms read their parts through the container,
 * which is held to the same limit by {@link MultipartLimits}.</li>
 * </ul>
 * Either way the connection is closed, so that the container does not read the rest of the body to reuse it.
 */
@WebFilter(urlPatterns = "/*")
public class UploadLimitFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** Room for the parts' headers and the metadata fields around the file. */
    static final long MULTIPART_OVERHEAD_BYTES = 1024 * 1024;
    private static final String TOO_LARGE = "bocage.uploadTooLarge";

    /** The largest file accepted ({@code BOCAGE_UPLOAD_MAX_BYTES}), as the ingest settings read it. */
    static long maxFileBytes() {
        return ConfigProvider.getConfig().getOptionalValue("bocage.upload.max-bytes", Long.class).orElse(104_857_600L);
    }

    static long maxRequestBytes() {
        return maxFileBytes() + MULTIPART_OVERHEAD_BYTES;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        long limit = maxRequestBytes();
        if (request.getContentLengthLong() > limit) {
            refuse(request, response);
            return;
        }
        if (request.getContentLengthLong() >= 0) {
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(new Limited(request, limit), response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (request.getAttribute(TOO_LARGE) == null || response.isCommitted()) {
                throw e;
            }
        }
        if (request.getAttribute(TOO_LARGE) != null && !response.isCommitted()) {
            response.reset();
            refuse(request, response);
        } else if (request.getAttribute(TOO_LARGE) != null) {
            response.setHeader("Connection", "close");
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        String message = Messages.format("upload.too-large", maxFileBytes() / (1024 * 1024));
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            JsonErrors.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Payload Too Large", message);
        } else {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        }
    }

    /** The request with a body that cannot be read beyond the limit. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit, () -> setAttribute(TOO_LARGE, Boolean.TRUE));
            }
            return stream;
        }
    }

    /** Counts what is read, and fails once more than the limit has come. */
    static final class CountingStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private final Runnable exceeded;
        private long count;

        CountingStream(ServletInputStream in, long limit, Runnable exceeded) {
            this.in = in;
            this.limit = limit;
            this.exceeded = exceeded;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws IOException {
            count += n;
            if (count > limit) {
                exceeded.run();
                throw new IOException("upload beyond " + limit + " bytes");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
