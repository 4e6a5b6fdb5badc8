package fr.bocage.portal.harvest;

import fr.bocage.catalog.Resource;
import fr.bocage.platform.XmlText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes OAI-PMH answers as they go out, with a streaming writer: no document is built in memory. */
@ApplicationScoped
public class OaiXml {
    static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    static final String OAI_SCHEMA = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    @Inject
    OaiSettings settings;

    @Inject
    DublinCore dublinCore;

    /** @param echoed the request's arguments, or none when the request was not a valid one */
    void answer(OutputStream out, Instant now, Map<String, String> echoed, OaiVerb verb, OaiAnswer answer)
            throws XMLStreamException {
        XMLStreamWriter xml = start(out, now, echoed);
        xml.writeStartElement(verb.name());
        if (answer instanceof OaiAnswer.Identity identity) {
            identify(xml, identity);
        } else if (answer instanceof OaiAnswer.Formats) {
            formats(xml);
        } else if (answer instanceof OaiAnswer.Sets sets) {
            sets(xml, sets);
        } else if (answer instanceof OaiAnswer.Records records) {
            records(xml, verb, records);
        }
        xml.writeEndElement();
        end(xml);
    }

    void error(OutputStream out, Instant now, Map<String, String> echoed, OaiError error) throws XMLStreamException {
        XMLStreamWriter xml = start(out, now, echoed);
        xml.writeStartElement("error");
        xml.writeAttribute("code", error.code().name());
        xml.writeCharacters(XmlText.of(error.getMessage()));
        xml.writeEndElement();
        end(xml);
    }

    private XMLStreamWriter start(OutputStream out, Instant now, Map<String, String> echoed)
            throws XMLStreamException {
        XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("OAI-PMH");
        xml.writeDefaultNamespace(OAI);
        xml.writeNamespace("xsi", XSI);
        xml.writeAttribute("xsi", XSI, "schemaLocation", OAI + " " + OAI_SCHEMA);
        text(xml, "responseDate", datestamp(now));
        xml.writeStartElement("request");
        for (Map.Entry<String, String> argument : echoed.entrySet()) {
            xml.writeAttribute(argument.getKey(), XmlText.of(argument.getValue()));
        }
        xml.writeCharacters(settings.baseUrl());
        xml.writeEndElement();
        return xml;
    }

    private static void end(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private void identify(XMLStreamWriter xml, OaiAnswer.Identity identity) throws XMLStreamException {
        text(xml, "repositoryName", settings.repositoryName());
        text(xml, "baseURL", settings.baseUrl());
        text(xml, "protocolVersion", "2.0");
        text(xml, "adminEmail", settings.adminEmail());
        text(xml, "earliestDatestamp", datestamp(identity.earliest()));
        text(xml, "deletedRecord", "persistent");
        text(xml, "granularity", "YYYY-MM-DDThh:mm:ssZ");
    }

    private static void formats(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("metadataFormat");
        text(xml, "metadataPrefix", DublinCore.PREFIX);
        text(xml, "schema", DublinCore.SCHEMA);
        text(xml, "metadataNamespace", DublinCore.NAMESPACE);
        xml.writeEndElement();
    }

    private static void sets(XMLStreamWriter xml, OaiAnswer.Sets sets) throws XMLStreamException {
        for (OaiAnswer.SetEntry set : sets.sets()) {
            xml.writeStartElement("set");
            text(xml, "setSpec", set.spec());
            text(xml, "setName", set.name());
            xml.writeEndElement();
        }
    }

    private void records(XMLStreamWriter xml, OaiVerb verb, OaiAnswer.Records records) throws XMLStreamException {
        for (HarvestHeader header : records.headers()) {
            if (verb == OaiVerb.ListIdentifiers) {
                header(xml, header);
                continue;
            }
            xml.writeStartElement("record");
            header(xml, header);
            Resource resource = records.resources().get(header.id());
            if (!header.deleted() && resource != null) {
                xml.writeStartElement("metadata");
                dublinCore.write(xml, resource);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        if (records.token().isPresent()) {
            OaiAnswer.Token token = records.token().get();
            xml.writeStartElement("resumptionToken");
            if (token.expires() != null) {
                xml.writeAttribute("expirationDate", datestamp(token.expires()));
            }
            xml.writeAttribute("completeListSize", Long.toString(token.completeListSize()));
            xml.writeAttribute("cursor", Long.toString(token.cursor()));
            xml.writeCharacters(token.value());
            xml.writeEndElement();
        }
    }

    private void header(XMLStreamWriter xml, HarvestHeader header) throws XMLStreamException {
        xml.writeStartElement("header");
        if (header.deleted()) {
            xml.writeAttribute("status", "deleted");
        }
        text(xml, "identifier", settings.identifierPrefix() + header.id());
        text(xml, "datestamp", datestamp(header.datestamp()));
        if (header.type() != null) {
            setSpec(xml, new HarvestSet(HarvestSet.Kind.TYPE, header.type()));
        }
        for (String theme : header.themes()) {
            setSpec(xml, new HarvestSet(HarvestSet.Kind.THEME, theme));
        }
        xml.writeEndElement();
    }

    private static void setSpec(XMLStreamWriter xml, HarvestSet set) throws XMLStreamException {
        if (HarvestSet.wellFormed(set.spec())) {
            text(xml, "setSpec", set.spec());
        }
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(XmlText.of(value));
        xml.writeEndElement();
    }

    /** UTC to the second, the granularity the repository declares. */
    static String datestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
