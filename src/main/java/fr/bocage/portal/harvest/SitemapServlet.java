package fr.bocage.portal.harvest;

import fr.bocage.platform.PublicUrl;
import fr.bocage.platform.web.Routes;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@value Routes#SITEMAP}: the one sitemap while the addresses fit in a part, else an index of the parts,
 * {@code ?part=1…}. Addresses are absolute, from the configured public address.
 */
@WebServlet(Routes.SITEMAP)
public class SitemapServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String PART = "part";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    @Inject
    Sitemap sitemap;

    @Inject
    PublicUrl publicUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int parts = sitemap.parts();
        String asked = request.getParameter(PART);
        if (asked == null && parts > 1) {
            write(response, xml -> index(xml, parts));
            return;
        }
        int part = asked == null ? 1 : number(asked);
        if (part < 1 || part > parts) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<Sitemap.Entry> entries = sitemap.part(part);
        write(response, xml -> urls(xml, entries));
    }

    private static int number(String part) {
        return part.matches("[1-9][0-9]{0,8}") ? Integer.parseInt(part) : 0;
    }

    private void index(XMLStreamWriter xml, int parts) throws XMLStreamException {
        xml.writeStartElement("sitemapindex");
        xml.writeDefaultNamespace(NAMESPACE);
        for (int part = 1; part <= parts; part++) {
            xml.writeStartElement("sitemap");
            text(xml, "loc", publicUrl.of(Routes.SITEMAP, PART, Integer.toString(part)));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void urls(XMLStreamWriter xml, List<Sitemap.Entry> entries) throws XMLStreamException {
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(NAMESPACE);
        for (Sitemap.Entry entry : entries) {
            xml.writeStartElement("url");
            text(xml, "loc", publicUrl.of(entry.path()));
            if (entry.lastModified() != null) {
                text(xml, "lastmod", DateTimeFormatter.ISO_INSTANT.format(entry.lastModified()
                        .truncatedTo(ChronoUnit.SECONDS)));
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static void write(HttpServletResponse response, Body body) throws IOException {
        response.setContentType("application/xml;charset=UTF-8");
        try (OutputStream out = response.getOutputStream()) {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Sitemap not written: " + e.getMessage(), e);
        }
    }
}
