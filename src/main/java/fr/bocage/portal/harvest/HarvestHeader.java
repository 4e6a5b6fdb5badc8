package fr.bocage.portal.harvest;

import java.time.Instant;
import java.util.List;

/** A record's header as the database gives it, without the resource's metadata: enough for ListIdentifiers. */
record HarvestHeader(long id, Instant datestamp, boolean deleted, String type, List<String> themes) {

    HarvestKey key() {
        return new HarvestKey(datestamp, id);
    }
}
