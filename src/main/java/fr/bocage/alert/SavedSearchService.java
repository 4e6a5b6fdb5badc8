package fr.bocage.alert;

import fr.bocage.platform.Messages;
import fr.bocage.platform.SecretTokens;
import fr.bocage.platform.error.Conflict;
import fr.bocage.platform.error.NotFound;
import fr.bocage.platform.rest.ApiNames;
import fr.bocage.search.FacetVocabulary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Saved searches, each its owner's only: another account's answers as one that does not exist (404), so that ids
 * tell nothing. The tokens reach a search without an account: the feed's shows it, the stop link's stops its digest.
 */
@ApplicationScoped
@Transactional
public class SavedSearchService {
    /** Enough for any real use, few enough that the hourly digests of one account stay cheap. */
    public static final int MAX_PER_ACCOUNT = 50;

    @Inject
    SavedSearchRepository searches;

    @Inject
    FacetVocabulary vocabulary;

    public List<SavedSearch> of(String owner) {
        return searches.ofOwner(owner);
    }

    public SavedSearch get(String owner, long id) {
        return searches.find(id).filter(s -> s.getOwner().equals(owner))
                .orElseThrow(() -> new NotFound(Messages.get("alert.not-found")));
    }

    /** A valid input (Bean Validation) saved for {@code owner}; its search is read as the search page reads it. */
    public SavedSearch create(String owner, SavedSearchInput input) {
        if (searches.countOfOwner(owner) >= MAX_PER_ACCOUNT) {
            throw new Conflict(Messages.format("alert.too-many", MAX_PER_ACCOUNT));
        }
        SavedQuery query = SavedQuery.parse(input.search(), vocabulary);
        SavedSearch search = new SavedSearch(owner, input.name(), query, frequency(input.frequency(),
                DigestFrequency.NONE), Instant.now());
        searches.persist(search);
        return search;
    }

    public SavedSearch update(String owner, long id, SavedSearchInput input) {
        SavedSearch search = get(owner, id);
        search.rename(input.name());
        if (input.search() != null) {
            search.search(SavedQuery.parse(input.search(), vocabulary));
        }
        search.setFrequency(frequency(input.frequency(), search.getFrequency()), Instant.now());
        return search;
    }

    public SavedSearch setFrequency(String owner, long id, String frequency) {
        SavedSearch search = get(owner, id);
        search.setFrequency(frequency(frequency, search.getFrequency()), Instant.now());
        return search;
    }

    public SavedSearch rename(String owner, long id, String name) {
        SavedSearch search = get(owner, id);
        search.rename(name);
        return search;
    }

    public void delete(String owner, long id) {
        searches.remove(get(owner, id));
    }

    /** The search of a feed's token, whoever asks. */
    public SavedSearch byFeedToken(String token) {
        return (SecretTokens.wellFormed(token) ? searches.byFeedToken(token) : Optional.<SavedSearch>empty())
                .orElseThrow(() -> new NotFound(Messages.get("alert.not-found")));
    }

    /** The search of a stop link's token, whoever asks. */
    public SavedSearch byStopToken(String token) {
        return (SecretTokens.wellFormed(token) ? searches.byStopToken(token) : Optional.<SavedSearch>empty())
                .orElseThrow(() -> new NotFound(Messages.get("alert.stop.not-found")));
    }

    /** Stops the digest of a stop link's token; again is fine (a mail client may post twice). */
    public SavedSearch stop(String token) {
        SavedSearch search = byStopToken(token);
        search.setFrequency(DigestFrequency.NONE, Instant.now());
        return search;
    }

    /** The search as its owner reads it, the saved query parsed again. */
    public SavedQuery query(SavedSearch search) {
        return SavedQuery.parse(search.getSearch(), vocabulary);
    }

    static DigestFrequency frequency(String name, DigestFrequency fallback) {
        if (name == null || name.isBlank()) {
            return fallback;
        }
        return ApiNames.parse(DigestFrequency.class, name.strip()).orElseThrow(
                () -> new fr.bocage.platform.error.InvalidInput(Messages.get("alert.frequency.invalid")));
    }
}
