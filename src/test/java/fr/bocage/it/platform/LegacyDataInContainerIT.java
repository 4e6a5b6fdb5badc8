package fr.bocage.it.platform;

import fr.bocage.it.Token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.account.Account;
import fr.bocage.account.AccountRepository;
import fr.bocage.account.PasswordHasher;
import fr.bocage.audit.AuditLog;
import fr.bocage.catalog.MetadataInput;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.ResourceService;
import fr.bocage.catalog.ResourceStatus;
import fr.bocage.ingest.ContentStore;
import fr.bocage.ingest.StagedFile;
import fr.bocage.search.IndexMaintenance;
import fr.bocage.search.SearchEngine;
import fr.bocage.search.SearchRequest;
import fr.bocage.search.SearchResult;
import fr.bocage.event.registration.EventKey;
import fr.bocage.event.registration.RegistrationInput;
import fr.bocage.event.registration.RegistrationService;
import jakarta.annotation.Resource.AuthenticationType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * bocage-arq starts on a data folder that the last version without migrations made (the build unzips
 * src/test/resources/legacy/eclipselink-data.zip into it: the demo content, two accounts, a resource with two
 * versions, a draft, a webinar with a registration): the schema is baselined and migrated in place, and what was
 * there is found and still works.
 */
@ExtendWith(ArquillianExtension.class)
class LegacyDataInContainerIT {
    /** What the legacy data folder holds (see the class comment). */
    private static final long GUIDE = 1;
    private static final long DRAFT = 24;
    private static final long WEBINAR = 29;

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(ZipImporter.class, "bocage-arq.war")
                .importFrom(new File("target/bocage.war"))
                .as(WebArchive.class)
                .addClasses(LegacyDataInContainerIT.class, Token.class);
    }

    @jakarta.annotation.Resource(lookup = "jdbc/bocage", authenticationType = AuthenticationType.CONTAINER)
    DataSource dataSource;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher passwords;

    @Inject
    ResourceRepository resources;

    @Inject
    ResourceService service;

    @Inject
    ContentStore contents;

    @Inject
    AuditLog audit;

    @Inject
    RegistrationService registrations;

    @Inject
    SearchEngine engine;

    @Inject
    IndexMaintenance maintenance;

    @Test
    void theSchemaEclipseLinkMadeIsBaselinedThenMigrated() throws Exception {
        List<String> history = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT \"version\", \"type\", \"success\""
                        + " FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"")) {
            while (rows.next()) {
                history.add(rows.getString(1) + ":" + rows.getString(2) + ":" + rows.getBoolean(3));
            }
        }
        // The baseline, then every later migration in order (V2, V3, … whatever the latest is).
        List<String> expected = new ArrayList<>(List.of("1:BASELINE:true"));
        for (int version = 2; version <= history.size(); version++) {
            expected.add(version + ":SQL:true");
        }
        assertTrue(history.size() >= 3, "at least V2 and V3 applied: " + history);
        assertEquals(expected, history);
    }

    @Test
    void accountsResourcesVersionsDraftsRegistrationsAndAuditAreKept() {
        Account contributor = accounts.findByUsername("ancienne.contributrice").orElseThrow();
        assertTrue(passwords.matches("mot-de-passe-ancien-1", contributor.getPasswordHash()), "she still logs in");
        assertTrue(accounts.findByUsername("admin").isPresent());

        Resource guide = resources.find(GUIDE).orElseThrow();
        assertEquals("Mares temporaires (ancien)", guide.getTitle());
        assertEquals(ResourceStatus.PUBLISHED, guide.getStatus());
        assertEquals(1, resources.versionsOf(GUIDE).size(), "the replaced first version");
        assertTrue(Files.exists(contents.pathOf(guide.getFile().getSha256())));
        assertFalse(audit.of(GUIDE).isEmpty());

        Resource draft = resources.find(DRAFT).orElseThrow();
        assertEquals(ResourceStatus.DRAFT, draft.getStatus());
        assertEquals("ancienne.contributrice", draft.getCreatedBy());

        assertEquals("CONFIRMED", registrationStatusOf("jeanne.ancienne@example.org"), "V5 keeps it confirmed");
        String newcomer = "nouvelle." + Token.next() + "@example.org";
        assertTrue(registrations.register(EventKey.of(WEBINAR), new RegistrationInput("Nouvelle", newcomer, null, true),
                "127.0.0.1").isEmpty(), "asked to confirm by e-mail");
        assertEquals("PENDING", registrationStatusOf(newcomer));
        assertTrue(registrations.register(EventKey.of(WEBINAR), new RegistrationInput("Jeanne Ancienne",
                "Jeanne.Ancienne@Example.org", null, true), "127.0.0.1").isEmpty(), "the same answer when registered");
        assertEquals("CONFIRMED", registrationStatusOf("jeanne.ancienne@example.org"));
    }

    @Test
    void theUpgradedDatabaseTakesNewRowsAndIsSearchable() throws Exception {
        awaitMaintenance();
        assertEquals(List.of(GUIDE), ids(engine.search(SearchRequest.of("tritons")).hits()));

        String token = Token.next();
        byte[] text = ("Après la migration " + token).getBytes(StandardCharsets.UTF_8);
        Resource created;
        try (StagedFile upload = contents.stage(new ByteArrayInputStream(text), token + ".txt", 1024 * 1024)) {
            created = service.create(upload, new MetadataInput("Après " + token, null, "guide", List.of("water"), null,
                    List.of(), null, null, null, null, List.of(), null, List.of(), null), "admin",
                    ResourceStatus.PUBLISHED);
        }
        assertTrue(created.getId() > DRAFT, "ids go on from the legacy sequence");
        assertNotEquals(GUIDE, created.getId());
        assertEquals(1, audit.of(created.getId()).size());
    }

    @Test
    void theStartUpLogHasNoSchemaWarning() throws Exception {
        // Liberty runs with the server's output folder as working directory.
        List<String> log = Files.readAllLines(Path.of("logs", "messages.log"), StandardCharsets.UTF_8);
        List<String> schemaWarnings = log.stream()
                .filter(line -> line.contains("EclipseLink-") || line.contains("already exists")
                        || line.contains("CWWJP9991W") || line.contains("LegacyTimestamps"))
                .toList();
        assertEquals(List.of(), schemaWarnings);
        assertTrue(log.stream().anyMatch(line -> line.contains("Successfully baselined schema with version: 1")));
    }

    private String registrationStatusOf(String email) {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("SELECT STATUS FROM WEBINAR_REGISTRATION WHERE WEBINARID = " + WEBINAR
                        + " AND EMAIL = '" + email + "'")) {
            assertTrue(row.next());
            return row.getString(1);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    private void awaitMaintenance() throws InterruptedException, java.io.IOException {
        for (int i = 0; i < 600 && !"DONE".equals(String.valueOf(maintenance.progress().state())); i++) {
            Thread.sleep(100);
        }
        engine.index().refresh();
    }

    private static List<Long> ids(List<SearchResult.Hit> hits) {
        return hits.stream().map(SearchResult.Hit::id).toList();
    }
}
