package fr.bocage.imports;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;

/** The kinds of CSV imports the features contribute ({@link ImportKind} beans), found by CDI. */
@ApplicationScoped
public class ImportKinds {
    /** The kind of a folder of files described by a manifest, which {@link ImportService} imports itself. */
    public static final String DOCUMENTS = "documents";

    @Inject
    Instance<ImportKind> kinds;

    /** Every contributed kind, by name. */
    public List<ImportKind> all() {
        return kinds.stream().sorted(Comparator.comparing(ImportKind::name)).toList();
    }

    /** The kind named so (404 otherwise). */
    public ImportKind named(String name) {
        return kinds.stream().filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFound(Messages.format("import.kind.not-found", name)));
    }
}
