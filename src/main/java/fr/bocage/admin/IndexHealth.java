package fr.bocage.admin;

import fr.bocage.search.IndexMaintenance;
import fr.bocage.search.IndexSource;
import fr.bocage.search.SearchEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The index against the database it is built from: the console's dashboard and its index page read it. */
@ApplicationScoped
public class IndexHealth {

    @Inject
    IndexSource source;

    @Inject
    SearchEngine engine;

    @Inject
    IndexMaintenance maintenance;

    /**
     * @param inDatabase the resources in the database, each of which the index should hold
     * @param inIndex the documents the index holds
     */
    public record Counts(long inDatabase, long inIndex) {
        public boolean inLine() {
            return inDatabase == inIndex;
        }
    }

    public Counts counts() {
        try {
            return new Counts(source.count(), engine.index().count());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public IndexMaintenance.IndexProgress lastRun() {
        return maintenance.progress();
    }
}
