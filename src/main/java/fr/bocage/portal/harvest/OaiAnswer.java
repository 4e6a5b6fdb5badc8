package fr.bocage.portal.harvest;

import fr.bocage.catalog.Resource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a valid request answers, read from the database before a byte is written. */
sealed interface OaiAnswer {

    record Identity(Instant earliest) implements OaiAnswer {
    }

    record Formats() implements OaiAnswer {
    }

    record Sets(List<SetEntry> sets) implements OaiAnswer {
    }

    record SetEntry(String spec, String name) {
    }

    /** Headers (ListIdentifiers) or records (ListRecords, GetRecord), the metadata of the live ones by id. */
    record Records(List<HarvestHeader> headers, Map<Long, Resource> resources, Optional<Token> token)
            implements OaiAnswer {
    }

    /**
     * The resumptionToken element: a value and its expiry while more follow, empty on the last page of a list that
     * took several.
     */
    record Token(String value, Instant expires, long completeListSize, long cursor) {
    }
}
