package fr.bocage.demo;

import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.ResourceService;
import fr.bocage.catalog.ResourceStatus;
import fr.bocage.imports.ImportManifest;
import fr.bocage.imports.ImportRow;
import fr.bocage.ingest.ContentStore;
import fr.bocage.ingest.IngestSettings;
import fr.bocage.ingest.StagedFile;
import fr.bocage.platform.StartupOrder;
import fr.bocage.training.CourseService;
import fr.bocage.training.WebinarCalendar;
import fr.bocage.training.WebinarInput;
import fr.bocage.training.WebinarService;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo resources shipped with Bocage into an empty centre at first start, in the background, so that a
 * newcomer sees results and facets at once; then three demo webinars, two to come and one past, and the demo
 * training catalogue, its sessions to come. Disabled with
 * {@code BOCAGE_DEMO_ENABLED=false}.
 */
@ApplicationScoped
public class DemoContentLoader {
    private static final Logger LOG = Logger.getLogger(DemoContentLoader.class.getName());
    private static final String FOLDER = "/demo/";
    private static final String DEMO_OWNER = "admin";

    @Inject
    @ConfigProperty(name = "bocage.demo.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    ResourceRepository resources;

    @Inject
    ResourceService service;

    @Inject
    ContentStore contents;

    @Inject
    WebinarService webinars;

    @Inject
    CourseService courses;

    @Inject
    IngestSettings settings;

    @Resource
    ManagedExecutorService executor;

    void onStart(@Observes @Priority(StartupOrder.DEMO_CONTENT) @Initialized(ApplicationScoped.class) Object ignored) {
        if (enabled && resources.count() == 0) {
            executor.execute(this::load);
        }
    }

    private void load() {
        List<ImportRow> rows = manifest();
        int loaded = 0;
        for (ImportRow row : rows) {
            try {
                loadOne(row);
                loaded++;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Demo resource " + row.file() + " was not loaded", e);
            }
        }
        LOG.info("Demo content: " + loaded + " of " + rows.size() + " resources loaded");
        loadTrainings();
    }

    private void loadTrainings() {
        LocalDate today = LocalDate.now(WebinarCalendar.ZONE);
        loadEach("webinar", read("demo-webinars.json", reader -> DemoWebinars.read(reader, today)),
                w -> w.metadata().title(), w -> webinars.create(w, DEMO_OWNER));
        loadEach("course", read("demo-courses.json", reader -> DemoCourses.read(reader, today)),
                c -> c.metadata().title(), c -> courses.create(c, DEMO_OWNER));
    }

    /** Creates each training of a kind; one that fails is logged and skipped. */
    private static <T> void loadEach(String kind, List<T> inputs, Function<T, String> title, Consumer<T> create) {
        for (T input : inputs) {
            try {
                create.accept(input);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Demo " + kind + " " + title.apply(input) + " was not loaded", e);
            }
        }
        LOG.info("Demo content: " + inputs.size() + " " + kind + "s");
    }

    private void loadOne(ImportRow row) {
        String file = row.file();
        try (InputStream in = DemoContentLoader.class.getResourceAsStream(FOLDER + file);
                StagedFile staged = contents.stage(in, file, settings.maxUploadBytes())) {
            service.create(staged, row.metadata(), DEMO_OWNER, ResourceStatus.PUBLISHED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo manifest has the columns of an import manifest, so it is read the same way. */
    private static List<ImportRow> manifest() {
        return read("demo-resources.csv", ImportManifest::read);
    }

    private static <T> T read(String name, Function<Reader, T> parse) {
        try (Reader reader = new InputStreamReader(DemoContentLoader.class.getResourceAsStream(FOLDER + name),
                StandardCharsets.UTF_8)) {
            return parse.apply(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
