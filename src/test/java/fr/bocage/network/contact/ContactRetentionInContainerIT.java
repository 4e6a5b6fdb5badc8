package fr.bocage.network.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.File;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contact messages' retention, inside the server against the real database: a message older than the period
 * (90 days, the default) is erased by the job's step, a younger one stays. In this package, to write a message
 * with the date of its choice.
 */
@ExtendWith(ArquillianExtension.class)
class ContactRetentionInContainerIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(ZipImporter.class, "bocage-arq.war")
                .importFrom(new File("target/bocage.war"))
                .as(WebArchive.class)
                .addClasses(ContactRetentionInContainerIT.class);
    }

    @Inject
    ContactRepository messages;

    @Inject
    ContactRetention retention;

    private ContactMessage writtenAt(Instant at) {
        ContactMessage message = new ContactMessage(null, new ContactInput("Camille Martin", "camille@exemple.fr",
                null, "Un message à effacer en son temps.", true, null, null), at);
        messages.persist(message);
        return message;
    }

    @Test
    void aMessageOlderThanTheRetentionPeriodIsErasedAndAYoungerOneStays() {
        assertEquals(90, retention.retentionDays());
        Instant now = Instant.now();
        long expired = writtenAt(now.minus(Duration.ofDays(91))).getId();
        long kept = writtenAt(now.minus(Duration.ofDays(89))).getId();

        assertTrue(retention.eraseExpired(now) >= 1);

        assertTrue(messages.find(expired).isEmpty(), "past its 90 days: erased");
        assertTrue(messages.find(kept).isPresent(), "within its 90 days: kept");
        assertEquals(0, retention.eraseExpired(now), "nothing left to erase");
        retention.eraseExpired(now.plus(Duration.ofDays(2)));
        assertTrue(messages.find(kept).isEmpty(), "erased once its own period is over");
    }
}
