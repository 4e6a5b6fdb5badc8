package fr.bocage.it.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.account.Account;
import fr.bocage.account.AccountRepository;
import fr.bocage.audit.AuditLog;
import fr.bocage.catalog.MetadataInput;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.ResourceService;
import fr.bocage.catalog.ResourceStatus;
import fr.bocage.catalog.Vocabularies;
import fr.bocage.catalog.VocabularyKind;
import fr.bocage.catalog.WorkflowAction;
import fr.bocage.catalog.WorkflowService;
import fr.bocage.ingest.ContentStore;
import fr.bocage.ingest.StagedFile;
import fr.bocage.it.Token;
import fr.bocage.mail.MailMessage;
import fr.bocage.mail.MailMessageRepository;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Role;
import fr.bocage.search.IndexMaintenance;
import fr.bocage.search.SearchEngine;
import fr.bocage.search.SearchRequest;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Set;
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

    @Inject
    WorkflowService moderation;

    @Inject
    AccountRepository accounts;

    @Inject
    MailMessageRepository mails;

    @Inject
    AuditLog audit;

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

    /**
     * The owner hears of each moderator decision by e-mail, with the message and the link to their space; the mail
     * is written in the decision's transaction, so a decision rolled back sends nothing and leaves no trace.
     */
    @Test
    void eachModeratorDecisionIsMailedToTheOwnerWithTheDecision() throws Exception {
        String token = Token.next();
        String address = "proprietaire-" + token + "@example.org";
        Account account = new Account("owner-" + token, "no-password", "Propriétaire", Set.of("contributor"));
        account.setEmail(address);
        accounts.save(account);
        Caller owner = new Caller(account.getUsername(), Set.of(Role.CONTRIBUTOR));
        Caller moderator = new Caller("moderator-" + token, Set.of(Role.MODERATOR));
        long id = create(token, owner.username(), ResourceStatus.DRAFT).getId();
        moderation.perform(id, WorkflowAction.SUBMIT, owner, null);

        transaction.begin();
        try {
            moderation.perform(id, WorkflowAction.PUBLISH, moderator, null);
        } finally {
            transaction.rollback();
        }
        assertEquals(ResourceStatus.SUBMITTED, repository.find(id).orElseThrow().getStatus());
        assertEquals(2, audit.of(id).size());
        String title = "Test " + token;
        String receipt = "Bocage : « " + title + " » est bien reçue par la modération";
        assertEquals(List.of(receipt), mails.to(address).stream().map(MailMessage::getSubject).toList(),
                "the submission is acknowledged, a rolled-back decision is not mailed");
        String acknowledgement = text(mails.to(address).get(0));
        assertTrue(acknowledgement.matches("(?s).*http://localhost:\\d+/mon-espace/ressources/" + id + "\\b.*"),
                acknowledgement);
        assertTrue(acknowledgement.contains("moderation@bocage.localhost"), acknowledgement);

        moderation.perform(id, WorkflowAction.REQUEST_CHANGES, moderator, "Ajoutez la région concernée.");
        moderation.perform(id, WorkflowAction.SUBMIT, owner, null);
        moderation.perform(id, WorkflowAction.PUBLISH, moderator, null);
        moderation.perform(id, WorkflowAction.WITHDRAW, moderator, "Remplacée par une version plus récente.");
        String other = Token.next();
        long rejected = create(other, owner.username(), ResourceStatus.SUBMITTED).getId();
        moderation.perform(rejected, WorkflowAction.REJECT, moderator, "Hors sujet.");

        List<MailMessage> sent = mails.to(address).stream().filter(m -> !m.getSubject().equals(receipt)).toList();
        assertEquals(2, mails.to(address).size() - sent.size(), "each submission is acknowledged");
        assertEquals(List.of("Bocage : des modifications sont demandées pour « " + title + " »",
                "Bocage : « " + title + " » est publiée", "Bocage : « " + title + " » a été retirée",
                "Bocage : « Test " + other + " » n'a pas été retenue"), sent.stream().map(MailMessage::getSubject).toList());
        String changes = text(sent.get(0));
        assertTrue(changes.contains("« " + title + " »"), changes);
        assertTrue(changes.contains("Ajoutez la région concernée."), changes);
        assertTrue(changes.matches("(?s).*http://localhost:\\d+/mon-espace.*"), changes);
        String published = text(sent.get(1));
        assertTrue(published.matches("(?s).*http://localhost:\\d+/ressources/" + id + "\\b.*"), published);
        assertTrue(text(sent.get(2)).contains("Remplacée par une version plus récente."));
        assertEquals(6, audit.of(id).size(), "create, submit, request-changes, submit, publish, withdraw and none more");
    }

    /** An owner without an address (the administrator, the demo content) is simply not mailed. */
    @Test
    void aDecisionOnTheResourceOfAnOwnerWithoutAddressGoesThrough() {
        long id = create(Token.next(), "admin", ResourceStatus.SUBMITTED).getId();
        moderation.perform(id, WorkflowAction.PUBLISH, new Caller("moderator", Set.of(Role.MODERATOR)), null);
        assertEquals(ResourceStatus.PUBLISHED, repository.find(id).orElseThrow().getStatus());
    }

    private String text(MailMessage mail) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(mails.mimeOf(mail.getId())));
        return (String) message.getContent();
    }

    /** A published text resource carrying {@code token}, created as the upload endpoint does. */
    private Resource create(String token) {
        return create(token, "admin", ResourceStatus.PUBLISHED);
    }

    private Resource create(String token, String owner, ResourceStatus status) {
        byte[] text = ("Ressource de test " + token).getBytes(StandardCharsets.UTF_8);
        try (StagedFile upload = contents.stage(new ByteArrayInputStream(text), token + ".txt", 1024 * 1024)) {
            MetadataInput metadata = new MetadataInput("Test " + token, "Résumé " + token, "guide", List.of("water"), "bretagne",
                    List.of(), null, null, null, null, List.of(), null, List.of(), null);
            return service.create(upload, metadata, owner, status);
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
