package fr.bocage.account;

import java.time.Duration;

/** What a token sent by e-mail lets its holder do once, and for how long. */
enum TokenPurpose {
    /** Long enough for a weekend away from the mailbox. */
    VERIFY_EMAIL(Duration.ofHours(48)),
    /** Short: whoever reads the mailbox later (a shared or stolen one) should find it expired. */
    RESET_PASSWORD(Duration.ofHours(1));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    Duration lifetime() {
        return lifetime;
    }
}
