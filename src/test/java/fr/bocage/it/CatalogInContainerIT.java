package fr.bocage.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.catalog.MetadataInput;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.ResourceService;
import fr.bocage.catalog.ResourceStatus;
import fr.bocage.catalog.Vocabularies;
import fr.bocage.catalog.VocabularyKind;
import fr.bocage.ingest.ContentStore;
import fr.bocage.ingest.StagedFile;
import fr.bocage.search.IndexMaintenance;
import fr.bocage.search.SearchEngine;
import fr.bocage.search.SearchRequest;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The catalog inside the server, against the real Derby database and the real index: what only shows from within,
 * where transactions and the index can be handled directly.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogInContainerIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(ZipImporter.class, "bocage-arq.war")
                .importFrom(new File("target/bocage.war"))
                .as(WebArchive.class)
                .addClasses(CatalogInContainerIT.class, Token.class);
    }

    @Inject
    ResourceService service;

    @Inject
    ResourceRepository repository;

    @Inject
    SearchEngine engine;

    @Inject
    IndexMaintenance maintenance;

    @Inject
    ContentStore contents;

    @Inject
    Vocabularies vocabularies;

    @Inject
    UserTransaction transaction;

    @Test
    void rolledBackCreationLeavesNoRowAndNoIndexEntry() throws Exception {
        String token = Token.next();
        transaction.begin();
        long id;
        try {
            id = create(token).getId();
        } finally {
            transaction.rollback();
        }
        engine.index().refresh();

        assertTrue(repository.find(id).isEmpty());
        assertFalse(engine.index().revisions().containsKey(id));
        assertEquals(0, engine.search(SearchRequest.of(token)).total());
    }

    @Test
    void repairPutsBackAnEntryMissingFromTheIndex() throws Exception {
        String token = Token.next();
        long id = create(token).getId();
        long version = repository.find(id).orElseThrow().getVersion();
        engine.index().refresh();
        assertEquals(version, engine.index().revisions().get(id));

        engine.index().delete(id);
        engine.index().refresh();
        assertEquals(0, engine.search(SearchRequest.of(token)).total());

        // The start-up check may still be running on a fresh server; a repair starts only when none runs.
        await(() -> !maintenance.progress().running());
        Instant requested = Instant.now();
        assertTrue(maintenance.repairInBackground());
        await(() -> maintenance.progress().state() == IndexMaintenance.IndexProgress.State.DONE
                && !maintenance.progress().startedAt().isBefore(requested));

        assertEquals(version, engine.index().revisions().get(id));
        assertEquals(1, engine.search(SearchRequest.of(token)).total());
    }

    @Test
    void vocabularyLabelsAreMatchedWhateverTheCaseAndAccents() {
        assertEquals("water", vocabularies.code(VocabularyKind.THEME, "eau et MILIEUX aquatiques"));
        assertEquals("ile-de-france", vocabularies.code(VocabularyKind.TERRITORY, "ILE DE FRANCE"));
        assertEquals("elected-officials", vocabularies.code(VocabularyKind.AUDIENCE, "elus"));
    }

    /** A published text resource carrying {@code token}, created as the upload endpoint does. */
    private Resource create(String token) {
        byte[] text = ("Ressource de test " + token).getBytes(StandardCharsets.UTF_8);
        try (StagedFile upload = contents.stage(new ByteArrayInputStream(text), token + ".txt", 1024 * 1024)) {
            MetadataInput metadata = new MetadataInput("Test " + token, null, "guide", List.of("water"), null,
                    List.of(), null, null, null, null, List.of(), null, List.of(), null);
            return service.create(upload, metadata, "admin", ResourceStatus.PUBLISHED);
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within a minute");
            }
            Thread.sleep(100);
        }
    }
}
