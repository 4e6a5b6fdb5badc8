package fr.bocage.it.portal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.it.Api;
import fr.bocage.it.Api.Answer;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Api.Form;
import fr.bocage.it.Token;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.results.Record;
import io.gdcc.xoai.model.oaipmh.results.record.Header;
import io.gdcc.xoai.serviceprovider.ServiceProvider;
import io.gdcc.xoai.serviceprovider.client.OAIClient;
import io.gdcc.xoai.serviceprovider.model.Context;
import io.gdcc.xoai.serviceprovider.parameters.ListIdentifiersParameters;
import io.gdcc.xoai.serviceprovider.parameters.ListRecordsParameters;
import jakarta.json.Json;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * OAI-PMH at /oai, the sitemap and robots.txt (issue 18 #1, #2), over HTTP on the shared server: every verb and
 * every error code, each answer valid against the official schemas (src/test/resources/schemas), a whole harvest by a
 * real client library (xoai, Dataverse's) compared with the search, and nothing unpublished or members-only ever
 * given as a record. The server's pages are small ({@code bocage.oai.page-size=5}, {@code bocage.sitemap.part-size=5}
 * in its bootstrap.properties), so that tokens and the sitemap index are exercised.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HarvestIT {
    private static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String PREFIX = "oai:localhost:";
    private static final Caller ADMIN = Caller.ADMIN;

    private final Schema oaiSchema = schema("OAI-PMH.xsd", "oai_dc.xsd");
    private final Schema sitemapSchema = schema("sitemap.xsd");
    private final Schema indexSchema = schema("siteindex.xsd");

    private String word;
    private long published;
    private long draft;
    private long withdrawn;
    private long deleted;
    private long membersOnly;

    /** One resource in each state that matters to a harvester. */
    @BeforeAll
    void resources() {
        word = Token.next().toLowerCase();
        published = upload("Moisson publiée " + word, ADMIN);
        Caller contributor = Api.createAccount("moissonneur-" + Token.next(), "contributor");
        draft = upload("Moisson brouillon " + word, contributor);
        withdrawn = upload("Moisson retirée " + word, ADMIN);
        Api.post("/api/resources/" + withdrawn + "/withdraw", ADMIN,
                Json.createObjectBuilder().add("message", "Périmé.").build()).expect(200);
        deleted = upload("Moisson supprimée " + word, ADMIN);
        Api.delete("/api/resources/" + deleted, ADMIN).expect(204);
        membersOnly = membersOnlyNews();
        // More than a page of records even when this class runs alone.
        for (int i = 0; i < 5; i++) {
            upload("Moisson " + i + " " + word, ADMIN);
        }
    }

    @Test
    void identifyFormatsAndSets() {
        Document identify = oai("verb=Identify");
        Document formats = oai("verb=ListMetadataFormats");
        Document formatsOfOne = oai("verb=ListMetadataFormats&identifier=" + PREFIX + published);
        Document sets = oai("verb=ListSets");
        List<String> specs = texts(sets, OAI, "setSpec");
        List<String> names = texts(sets, OAI, "setName");
        assertAll(
                () -> assertEquals(Api.BASE + "/oai", text(identify, OAI, "baseURL")),
                () -> assertEquals("2.0", text(identify, OAI, "protocolVersion")),
                () -> assertEquals("persistent", text(identify, OAI, "deletedRecord")),
                () -> assertEquals("YYYY-MM-DDThh:mm:ssZ", text(identify, OAI, "granularity")),
                () -> assertTrue(Instant.parse(text(identify, OAI, "earliestDatestamp")).isBefore(Instant.now())),
                () -> assertEquals(List.of("oai_dc"), texts(formats, OAI, "metadataPrefix")),
                () -> assertEquals(List.of("oai_dc"), texts(formatsOfOne, OAI, "metadataPrefix")),
                () -> assertTrue(specs.contains("type:guide") && specs.contains("theme:water"), specs::toString),
                () -> assertTrue(names.contains("Guide méthodologique"), names::toString),
                () -> assertTrue(names.contains("Eau et milieux aquatiques"), names::toString));
    }

    @Test
    void aRecordInDublinCoreAndDeletedOnesAsHeaders() {
        Document record = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + PREFIX + published);
        Document posted = oaiPosted("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + PREFIX + published);
        Element header = (Element) record.getElementsByTagNameNS(OAI, "header").item(0);
        assertAll(
                () -> assertEquals("", header.getAttribute("status")),
                () -> assertEquals(PREFIX + published, text(record, OAI, "identifier")),
                () -> assertEquals(List.of("type:guide", "theme:water"), texts(record, OAI, "setSpec")),
                () -> assertEquals("Moisson publiée " + word, text(record, DC, "title")),
                () -> assertEquals("Des haies pour la moisson.", text(record, DC, "description")),
                () -> assertTrue(texts(record, DC, "subject").contains("Eau et milieux aquatiques")),
                () -> assertEquals("Guide méthodologique", text(record, DC, "type")),
                () -> assertEquals("Bretagne", text(record, DC, "coverage")),
                () -> assertEquals("CC BY 4.0", text(record, DC, "rights")),
                () -> assertEquals("2021", text(record, DC, "date")),
                () -> assertEquals("text/plain", text(record, DC, "format").replaceAll(";.*", "")),
                () -> assertEquals(Api.BASE + "/ressources/" + published, text(record, DC, "identifier")),
                () -> assertEquals(texts(record, DC, "title"), texts(posted, DC, "title")));
        Api.get("/ressources/" + published).expect(200);

        for (long gone : List.of(withdrawn, deleted)) {
            Document answer = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + PREFIX + gone);
            Element goneHeader = (Element) answer.getElementsByTagNameNS(OAI, "header").item(0);
            assertEquals("deleted", goneHeader.getAttribute("status"), "resource " + gone);
            assertEquals(0, answer.getElementsByTagNameNS(OAI, "metadata").getLength(), "resource " + gone);
            assertEquals(List.of("type:guide", "theme:water"), texts(answer, OAI, "setSpec"), "resource " + gone);
        }
        for (long never : List.of(draft, membersOnly)) {
            assertError("idDoesNotExist", "verb=GetRecord&metadataPrefix=oai_dc&identifier=" + PREFIX + never);
            assertError("idDoesNotExist", "verb=ListMetadataFormats&identifier=" + PREFIX + never);
        }
    }

    /**
     * The lists come in pages of five, each with a token that the next request gives back: every record comes once,
     * the cursor counts those before, the last page has an empty token. A resource published meanwhile comes at the
     * end, after every record the harvest had not reached yet.
     */
    @Test
    void listsComeInPagesThatResumptionTokensChain() {
        String first = "verb=ListIdentifiers&metadataPrefix=oai_dc";
        Document page = oai(first);
        List<String> identifiers = new ArrayList<>(texts(page, OAI, "identifier"));
        List<String> deletedOnes = new ArrayList<>(deletedIdentifiers(page));
        long added = upload("Moisson pendant la moisson " + word, ADMIN);
        Element token = (Element) page.getElementsByTagNameNS(OAI, "resumptionToken").item(0);
        assertNotNull(token, "more than five records: a token");
        long size = Long.parseLong(token.getAttribute("completeListSize"));
        assertEquals("0", token.getAttribute("cursor"));
        assertFalse(token.getAttribute("expirationDate").isEmpty());
        while (!token.getTextContent().isEmpty()) {
            assertEquals(identifiers.size(), Long.parseLong(token.getAttribute("cursor")) + 5, "cursor before the page");
            page = oai("verb=ListIdentifiers&resumptionToken=" + encode(token.getTextContent()));
            identifiers.addAll(texts(page, OAI, "identifier"));
            deletedOnes.addAll(deletedIdentifiers(page));
            token = (Element) page.getElementsByTagNameNS(OAI, "resumptionToken").item(0);
            assertNotNull(token, "the last page of a list in several says so with an empty token");
        }
        assertEquals(identifiers.size(), new HashSet<>(identifiers).size(), "no record twice: " + identifiers);
        assertEquals(size + 1, identifiers.size(), "the list as counted at first, and the one published meanwhile");
        assertEquals(PREFIX + added, identifiers.get(identifiers.size() - 1), "the newest comes last");
        assertTrue(identifiers.containsAll(List.of(PREFIX + published, PREFIX + withdrawn, PREFIX + deleted)));
        assertTrue(deletedOnes.containsAll(List.of(PREFIX + withdrawn, PREFIX + deleted)), deletedOnes::toString);
        assertFalse(deletedOnes.contains(PREFIX + published));
        assertFalse(identifiers.contains(PREFIX + draft), "a draft is never a record");
        assertFalse(identifiers.contains(PREFIX + membersOnly), "members-only content is never a record");
    }

    @Test
    void listsSelectBySetAndDates() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        String now = Instant.now().plusSeconds(1).toString().replaceAll("\\.\\d+Z$", "Z");
        List<String> water = harvest("verb=ListRecords&metadataPrefix=oai_dc&set=theme:water&from=" + today);
        List<String> guides = harvest("verb=ListIdentifiers&metadataPrefix=oai_dc&set=type:guide&until=" + now);
        List<String> ofToday = harvest("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + today + "&until=" + today);
        assertAll(
                () -> assertTrue(water.contains(PREFIX + published), water::toString),
                () -> assertTrue(guides.containsAll(List.of(PREFIX + published, PREFIX + deleted)), guides::toString),
                () -> assertTrue(ofToday.contains(PREFIX + withdrawn), ofToday::toString),
                () -> assertError("noRecordsMatch", "verb=ListRecords&metadataPrefix=oai_dc&from=" + tomorrow),
                () -> assertError("noRecordsMatch", "verb=ListRecords&metadataPrefix=oai_dc&until=2000-01-01"),
                () -> assertError("noRecordsMatch", "verb=ListRecords&metadataPrefix=oai_dc&set=theme:inconnu"),
                () -> assertError("noRecordsMatch", "verb=ListIdentifiers&metadataPrefix=oai_dc&set=inconnu"),
                () -> assertError("noRecordsMatch", "verb=ListRecords&metadataPrefix=oai_dc&from=9999-12-31"));
    }

    @Test
    void everyErrorHasItsCode() {
        String expired = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "v1|ListRecords||||0|0|0|5|1000".getBytes(StandardCharsets.UTF_8));
        String ofIdentifiers = tokenOf("verb=ListIdentifiers&metadataPrefix=oai_dc");
        assertAll(
                () -> assertError("badVerb", ""),
                () -> assertError("badVerb", "verb=Inconnu"),
                () -> assertError("badVerb", "verb=Identify&verb=Identify"),
                () -> assertError("badArgument", "verb=Identify&set=type:guide"),
                () -> assertError("badArgument", "verb=ListRecords"),
                () -> assertError("badArgument", "verb=GetRecord&metadataPrefix=oai_dc"),
                () -> assertError("badArgument", "verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc"),
                () -> assertError("badArgument", "verb=ListRecords&metadataPrefix=oai_dc&from=2024-13-01"),
                () -> assertError("badArgument", "verb=ListRecords&metadataPrefix=oai_dc&from=2024-02-30"),
                () -> assertError("badArgument", "verb=ListRecords&metadataPrefix=oai_dc&from=99999-01-01"),
                () -> assertError("badArgument", "verb=ListRecords&metadataPrefix=oai_dc&until=2024-01-01T25:00:00Z"),
                () -> assertError("badArgument", "verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01T10:00:00"),
                () -> assertError("badArgument",
                        "verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01&until=2024-02-01T00:00:00Z"),
                () -> assertError("badArgument", "verb=ListRecords&metadataPrefix=oai_dc&from=2024-02-01&until=2024-01-01"),
                () -> assertError("badArgument", "verb=ListRecords&metadataPrefix=oai_dc&set=a%20b"),
                () -> assertError("badArgument", "verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=" + ofIdentifiers),
                () -> assertError("badArgument", "verb=GetRecord&metadataPrefix=oai_dc&identifier=%3Cnon%20uri%3E"),
                () -> assertError("badResumptionToken", "verb=ListRecords&resumptionToken=inconnu"),
                () -> assertError("badResumptionToken", "verb=ListRecords&resumptionToken=" + "A".repeat(5000)),
                () -> assertError("badResumptionToken", "verb=ListRecords&resumptionToken=" + expired),
                () -> assertError("badResumptionToken", "verb=ListRecords&resumptionToken=" + ofIdentifiers),
                () -> assertError("badResumptionToken", "verb=ListSets&resumptionToken=" + ofIdentifiers),
                () -> assertError("cannotDisseminateFormat", "verb=ListRecords&metadataPrefix=marc21"),
                () -> assertError("cannotDisseminateFormat",
                        "verb=GetRecord&metadataPrefix=marc21&identifier=" + PREFIX + published),
                () -> assertError("idDoesNotExist", "verb=GetRecord&metadataPrefix=oai_dc&identifier=" + PREFIX + "0"),
                () -> assertError("idDoesNotExist", "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:ailleurs:1"),
                () -> assertError("idDoesNotExist",
                        "verb=ListMetadataFormats&identifier=" + PREFIX + "99999999999999999999999"),
                () -> assertError("noRecordsMatch", "verb=ListRecords&metadataPrefix=oai_dc&from=9999-12-31"));
    }

    /**
     * A harvester that knows nothing of Bocage (xoai's service provider) takes the whole catalogue, token after
     * token: its live records are exactly what the anonymous search counts, and the deleted ones are headers.
     */
    @Test
    void aClientLibraryHarvestsWhatTheSearchShows() throws Exception {
        Api.awaitIndexed();
        long searched = Api.get("/api/search?size=1", Caller.ANONYMOUS).expect(200).json().getJsonNumber("total")
                .longValue();
        ServiceProvider harvester = new ServiceProvider(new Context().withBaseUrl(Api.BASE + "/oai")
                .withGranularity(Granularity.Second)
                .withOAIClient(OAIClient.newBuilder().withBaseUrl(Api.BASE + "/oai")
                        .withRequestTimeout(Duration.ofSeconds(30)).build())
                .withMetadataTransformer("oai_dc", Context.KnownTransformer.OAI_DC));
        Set<String> live = new HashSet<>();
        Set<String> gone = new HashSet<>();
        Iterator<Record> records = harvester.listRecords(ListRecordsParameters.request().withMetadataPrefix("oai_dc"));
        while (records.hasNext()) {
            Record record = records.next();
            (record.getHeader().isDeleted() ? gone : live).add(record.getHeader().getIdentifier());
        }
        Set<String> headers = new HashSet<>();
        Iterator<Header> identifiers = harvester.listIdentifiers(
                ListIdentifiersParameters.request().withMetadataPrefix("oai_dc"));
        identifiers.forEachRemaining(h -> headers.add(h.getIdentifier()));
        assertAll(
                () -> assertEquals(searched, live.size(), "the search's count"),
                () -> assertTrue(live.contains(PREFIX + published)),
                () -> assertTrue(gone.containsAll(Set.of(PREFIX + withdrawn, PREFIX + deleted)), gone::toString),
                () -> assertFalse(live.contains(PREFIX + draft) || gone.contains(PREFIX + draft)),
                () -> assertFalse(live.contains(PREFIX + membersOnly) || gone.contains(PREFIX + membersOnly)),
                () -> assertTrue(headers.containsAll(live) && headers.containsAll(gone), "the same list of headers"));
    }

    /** The sitemap: an index of parts, each valid, every address answering 200, nothing unpublished listed. */
    @Test
    void theSitemapListsEveryPublicPageAndOnlyThose() {
        Document root = xml(Api.get("/sitemap.xml").expect(200));
        validate(indexSchema, root);
        List<String> parts = texts(root, SITEMAP, "loc");
        assertTrue(parts.size() > 1, "five addresses a part on the test server: an index");
        List<String> addresses = new ArrayList<>();
        for (String part : parts) {
            Document urlset = xml(Api.get(path(part)).expect(200));
            validate(sitemapSchema, urlset);
            addresses.addAll(texts(urlset, SITEMAP, "loc"));
            NodeList urls = urlset.getElementsByTagNameNS(SITEMAP, "url");
            assertTrue(urls.getLength() <= 5, part);
        }
        assertEquals(addresses.size(), new HashSet<>(addresses).size(), "no address twice");
        assertTrue(addresses.contains(Api.BASE + "/"), addresses::toString);
        assertTrue(addresses.contains(Api.BASE + "/ressources/" + published), addresses::toString);
        for (long hidden : List.of(draft, withdrawn, deleted, membersOnly)) {
            assertFalse(addresses.stream().anyMatch(a -> a.matches(".*/" + hidden + "(\\D.*)?")),
                    "resource " + hidden + " is not listed");
        }
        for (String address : addresses) {
            assertEquals(200, Api.get(path(address)).status(), address);
        }
        Api.get("/sitemap.xml?part=" + (parts.size() + 1)).expect(404);
        Api.get("/sitemap.xml?part=abc").expect(404);
    }

    @Test
    void robotsPointToTheSitemapAndKeepPrivateAreasOut() {
        Answer robots = Api.get("/robots.txt").expect(200);
        List<String> lines = robots.text().lines().toList();
        assertAll(
                () -> assertTrue(robots.header("Content-Type").orElse("").startsWith("text/plain")),
                () -> assertEquals("User-agent: *", lines.get(0)),
                () -> assertTrue(lines.contains("Sitemap: " + Api.BASE + "/sitemap.xml"), lines::toString),
                () -> assertTrue(lines.containsAll(List.of("Disallow: /api/", "Disallow: /admin",
                        "Disallow: /mon-espace", "Disallow: /contribuer", "Disallow: /moderation",
                        "Disallow: /connexion", "Disallow: /compte", "Disallow: /projets/*/espace",
                        "Disallow: /reseaux/*/membres")), lines::toString),
                () -> assertFalse(lines.contains("Disallow: /"), "the public pages stay open"));
    }

    // --- helpers

    private long upload(String title, Caller caller) {
        return Api.upload(Form.text("moisson-" + Token.next() + ".txt", "Haies et " + word + " " + Token.next() + ".")
                .field("title", title).field("summary", "Des haies pour la moisson.").field("type", "guide")
                .field("theme", "water").field("territory", "bretagne").field("licence", "cc-by-4.0")
                .field("year", "2021"), caller).expect(201).locationId();
    }

    /** A news item of a network for its members only, published. */
    private long membersOnlyNews() {
        String animatorName = "anim-moisson-" + Token.next();
        Caller animator = Api.createAccount(animatorName, "contributor");
        String slug = "reseau-" + Token.next().toLowerCase();
        Api.post("/api/networks", ADMIN, Json.createObjectBuilder().add("slug", slug).add("name", "Réseau " + slug)
                .add("animators", Json.createArrayBuilder().add(animatorName)).build()).expect(201);
        long id = Api.post("/api/news", animator, Json.createObjectBuilder().add("title", "Réservé " + word)
                .add("lead", "Réservé").add("body", "Pour les membres.")
                .add("themes", Json.createArrayBuilder().add("water")).add("territory", "bretagne")
                .add("network", slug).add("membersOnly", true).build()).expect(201).json().getJsonNumber("id")
                .longValue();
        // Members-only news needs no moderation: it is published as it is submitted.
        Api.post("/api/news/" + id + "/submit", animator).expect(200);
        assertEquals("published", Api.get("/api/resources/" + id, ADMIN).expect(200).json().getString("status"));
        return id;
    }

    /** The answer to a GET, checked against the OAI-PMH and oai_dc schemas. */
    private Document oai(String query) {
        Answer answer = Api.get("/oai?" + query).expect(200);
        assertTrue(answer.header("Content-Type").orElse("").startsWith("text/xml"), query);
        Document document = xml(answer);
        validate(oaiSchema, document);
        return document;
    }

    /** The same request as a form, as the protocol allows: no CSRF token needed, since it changes nothing. */
    private Document oaiPosted(String form) {
        Document document = xml(Api.send("POST", "/oai", Caller.ANONYMOUS, "application/x-www-form-urlencoded",
                form.getBytes(StandardCharsets.UTF_8)).expect(200));
        validate(oaiSchema, document);
        return document;
    }

    /** A protocol error: its code, a French text, and a request element without arguments when they were wrong. */
    private void assertError(String code, String query) {
        Document answer = oai(query);
        Element error = (Element) answer.getElementsByTagNameNS(OAI, "error").item(0);
        assertNotNull(error, query);
        assertEquals(code, error.getAttribute("code"), query);
        assertFalse(error.getTextContent().isBlank(), query);
        Element request = (Element) answer.getElementsByTagNameNS(OAI, "request").item(0);
        if (code.equals("badVerb") || code.equals("badArgument")) {
            assertEquals(0, request.getAttributes().getLength(), query);
        }
    }

    /** Every identifier of a list, token after token. */
    private List<String> harvest(String query) {
        List<String> identifiers = new ArrayList<>();
        Document page = oai(query);
        String verb = query.replaceAll(".*verb=(\\w+).*", "$1");
        while (true) {
            identifiers.addAll(texts(page, OAI, "identifier"));
            Element token = (Element) page.getElementsByTagNameNS(OAI, "resumptionToken").item(0);
            if (token == null || token.getTextContent().isEmpty()) {
                return identifiers;
            }
            page = oai("verb=" + verb + "&resumptionToken=" + encode(token.getTextContent()));
        }
    }

    private String tokenOf(String query) {
        Element token = (Element) oai(query).getElementsByTagNameNS(OAI, "resumptionToken").item(0);
        return encode(token.getTextContent());
    }

    private static List<String> deletedIdentifiers(Document page) {
        List<String> deleted = new ArrayList<>();
        NodeList headers = page.getElementsByTagNameNS(OAI, "header");
        for (int i = 0; i < headers.getLength(); i++) {
            Element header = (Element) headers.item(i);
            if (header.getAttribute("status").equals("deleted")) {
                deleted.add(header.getElementsByTagNameNS(OAI, "identifier").item(0).getTextContent());
            }
        }
        return deleted;
    }

    private static String text(Document document, String namespace, String name) {
        List<String> texts = texts(document, namespace, name);
        assertEquals(1, texts.size(), name + ": " + texts);
        return texts.get(0);
    }

    private static List<String> texts(Document document, String namespace, String name) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static String path(String address) {
        assertTrue(address.startsWith(Api.BASE + "/"), address);
        return address.substring(Api.BASE.length());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Document xml(Answer answer) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(answer.bytes()));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + answer.text(), e);
        }
    }

    private static void validate(Schema schema, Document document) {
        try {
            schema.newValidator().validate(new DOMSource(document));
        } catch (Exception e) {
            throw new AssertionError("invalid: " + e.getMessage(), e);
        }
    }

    private static Schema schema(String... files) {
        try {
            Source[] sources = new Source[files.length];
            for (int i = 0; i < files.length; i++) {
                sources[i] = new StreamSource(HarvestIT.class.getResource("/schemas/" + files[i]).toString());
            }
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(sources);
        } catch (Exception e) {
            throw new IllegalStateException("schemas " + String.join(", ", files) + ": " + e.getMessage(), e);
        }
    }
}
