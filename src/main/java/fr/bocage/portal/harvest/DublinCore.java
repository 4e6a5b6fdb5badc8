package fr.bocage.portal.harvest;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceDescription;
import fr.bocage.catalog.StoredFile;
import fr.bocage.catalog.Vocabularies;
import fr.bocage.catalog.VocabularyKind;
import fr.bocage.platform.PublicUrl;
import fr.bocage.platform.XmlText;
import fr.bocage.platform.web.Routes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A resource in unqualified Dublin Core (oai_dc), as the README's table maps it. Vocabulary fields are given by their
 * French labels, which a reader understands, except the language, whose code is the standard's (ISO 639).
 */
@ApplicationScoped
public class DublinCore {
    static final String PREFIX = "oai_dc";
    static final String NAMESPACE = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    static final String SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
    static final String DC = "http://purl.org/dc/elements/1.1/";

    @Inject
    Vocabularies vocabularies;

    @Inject
    PublicUrl publicUrl;

    void write(XMLStreamWriter xml, Resource resource) throws XMLStreamException {
        ResourceDescription d = resource.description();
        xml.writeStartElement(PREFIX, "dc", NAMESPACE);
        xml.writeNamespace(PREFIX, NAMESPACE);
        xml.writeNamespace("dc", DC);
        xml.writeNamespace("xsi", OaiXml.XSI);
        xml.writeAttribute("xsi", OaiXml.XSI, "schemaLocation", NAMESPACE + " " + SCHEMA);
        element(xml, "title", d.title());
        for (String author : d.authors()) {
            element(xml, "creator", author);
        }
        for (String theme : d.themes()) {
            element(xml, "subject", vocabularies.label(VocabularyKind.THEME, theme));
        }
        for (String keyword : d.keywords()) {
            element(xml, "subject", keyword);
        }
        element(xml, "description", d.summary());
        element(xml, "publisher", d.organisation());
        element(xml, "date", d.date() != null ? d.date().toString() : d.year() != null ? d.year().toString() : null);
        label(xml, "type", VocabularyKind.TYPE, d.type());
        StoredFile file = resource.getFile();
        element(xml, "format", file == null ? null : file.getMediaType());
        element(xml, "identifier", publicUrl.of(Routes.resource(resource.getId())));
        element(xml, "source", d.sourceUrl());
        element(xml, "language", d.language());
        label(xml, "coverage", VocabularyKind.TERRITORY, d.territory());
        label(xml, "rights", VocabularyKind.LICENCE, d.licence());
        xml.writeEndElement();
    }

    private void label(XMLStreamWriter xml, String name, VocabularyKind kind, String code) throws XMLStreamException {
        element(xml, name, code == null ? null : vocabularies.label(kind, code));
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        if (value != null && !value.isBlank()) {
            xml.writeStartElement("dc", name, DC);
            xml.writeCharacters(XmlText.of(value));
            xml.writeEndElement();
        }
    }
}
