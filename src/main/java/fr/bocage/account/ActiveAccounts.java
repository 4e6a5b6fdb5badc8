package fr.bocage.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who a portal session belongs to, read again from the account on each request so that disabling an account or
 * changing its roles applies at once; a few seconds of cache spare the database a query per page and image.
 */
@ApplicationScoped
public class ActiveAccounts {
    private static final Duration LIFETIME = Duration.ofSeconds(10);
    private static final int MAX_ENTRIES = 10_000;

    @Inject
    AccountRepository accounts;

    private final Clock clock = Clock.systemUTC();
    private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();

    /** What the cache holds: the account as it may log in, or nothing if it may not. */
    private record Entry(Optional<CurrentUser> user, Instant passwordChangedAt, Instant expires) {
    }

    /**
     * The user of a session opened at {@code loggedInAt}, if the account may still log in and its password has not
     * changed since.
     */
    public Optional<CurrentUser> find(String username, Instant loggedInAt) {
        Instant now = clock.instant();
        Entry entry = cache.get(username);
        if (entry == null || now.isAfter(entry.expires())) {
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            Optional<Account> account = accounts.findByUsername(username).filter(Account::canLogIn);
            entry = new Entry(account.map(CurrentUser::of), account.map(Account::getPasswordChangedAt).orElse(null),
                    now.plus(LIFETIME));
            cache.put(username, entry);
        }
        Instant changed = entry.passwordChangedAt();
        return changed != null && loggedInAt.isBefore(changed) ? Optional.empty() : entry.user();
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged change) {
        cache.remove(change.username());
    }
}
