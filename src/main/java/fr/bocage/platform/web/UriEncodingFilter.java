package fr.bocage.platform.web;

import fr.bocage.platform.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * An API path whose percent-encoded bytes are not UTF-8 (« /api/resources/%FF ») is answered 400 in JSON here:
 * left to RESTEasy, it logs a stack trace before any mapper of ours is asked.
 */
@WebFilter("/api/*")
public class UriEncodingFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isUtf8(request.getRequestURI())) {
            JsonErrors.write(response, HttpServletResponse.SC_BAD_REQUEST, "Bad Request", Messages.get("error.uri"));
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isUtf8(String rawPath) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(rawPath.length());
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == '%' && i + 2 < rawPath.length() && hex(rawPath.charAt(i + 1)) >= 0
                    && hex(rawPath.charAt(i + 2)) >= 0) {
                bytes.write(hex(rawPath.charAt(i + 1)) * 16 + hex(rawPath.charAt(i + 2)));
                i += 2;
            } else if (c == '%') {
                return false;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
