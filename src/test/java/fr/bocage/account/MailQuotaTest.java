package fr.bocage.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.account.MailQuota.Limit;
import fr.bocage.platform.TooManyRequests;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MailQuotaTest {
    private static final String ALICE = "alice@example.org";
    private static final String HOME = "192.0.2.1";
    private static final String OFFICE = "192.0.2.2";

    private final TestClock clock = new TestClock();
    private final MailQuota quota = new MailQuota(clock, new Limit(3, MailQuota.HOUR), new Limit(5, MailQuota.HOUR));

    @Test
    void anAddressGetsThreeEmailsAnHourFromAnyClient() {
        quota.take(ALICE, HOME);
        clock.advance(Duration.ofMinutes(10));
        quota.take("Alice@Example.org ", OFFICE);
        quota.take(ALICE, OFFICE);

        TooManyRequests refused = assertThrows(TooManyRequests.class, () -> quota.take(ALICE, "192.0.2.3"));
        assertEquals(Duration.ofMinutes(50), refused.retryAfter(), "until the first e-mail is an hour old");
        assertTrue(refused.getMessage().startsWith("Trop d'e-mails ont été demandés"), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("réessayez dans 50 minutes."), refused.getMessage());

        clock.advance(Duration.ofMinutes(50));
        quota.take(ALICE, HOME);
        assertThrows(TooManyRequests.class, () -> quota.take(ALICE, HOME), "the refused one was not counted");
    }

    @Test
    void aClientAsksForFiveEmailsAnHourWhateverTheAddresses() {
        for (int i = 0; i < 5; i++) {
            quota.take("person" + i + "@example.org", HOME);
        }
        TooManyRequests refused = assertThrows(TooManyRequests.class, () -> quota.take("new@example.org", HOME));
        assertEquals(Duration.ofHours(1), refused.retryAfter());
        quota.take("new@example.org", OFFICE);
    }

    /** Issue 12 #9: one bounded map for every key: 10,000 new keys pushed out a recipient's count. */
    @Test
    void manyClientsAndAddressesCannotFlushARecipientsCount() {
        for (int i = 0; i < 3; i++) {
            quota.take(ALICE, HOME);
        }
        for (int i = 0; i < 25_000; i++) {
            quota.take("person" + i + "@example.org", "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255));
        }
        assertThrows(TooManyRequests.class, () -> quota.take(ALICE, OFFICE), "the fourth e-mail to Alice is refused");
    }
}
