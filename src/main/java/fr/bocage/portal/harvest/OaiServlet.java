package fr.bocage.portal.harvest;

import fr.bocage.platform.web.Routes;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * OAI-PMH 2.0 for harvesters (national portals, aggregators): GET with a query string, or POST with the same
 * arguments as a form. Protocol errors answer 200 with their code, as the protocol wants.
 */
@WebServlet(Routes.OAI)
public class OaiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    OaiProtocol protocol;

    @Inject
    OaiXml xml;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Instant now = Instant.now();
        response.setContentType("text/xml;charset=UTF-8");
        OaiArguments arguments = null;
        OaiAnswer answer;
        try {
            arguments = OaiArguments.parse(request.getParameterMap());
            answer = protocol.answer(arguments, now);
        } catch (OaiError error) {
            Map<String, String> echoed = arguments != null && error.echoesArguments() ? arguments.echoed() : Map.of();
            write(response, out -> xml.error(out, now, echoed, error));
            return;
        }
        OaiArguments valid = arguments;
        write(response, out -> xml.answer(out, now, valid.echoed(), valid.verb(), answer));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }

    private interface Writing {
        void to(OutputStream out) throws XMLStreamException;
    }

    private static void write(HttpServletResponse response, Writing writing) throws IOException {
        try (OutputStream out = response.getOutputStream()) {
            writing.to(out);
        } catch (XMLStreamException e) {
            throw new IOException("OAI-PMH answer not written: " + e.getMessage(), e);
        }
    }
}
