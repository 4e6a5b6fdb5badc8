package fr.bocage.demo;

import fr.bocage.account.Account;
import fr.bocage.account.AccountRepository;
import fr.bocage.account.PasswordHasher;
import fr.bocage.catalog.MetadataInput;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.ResourceService;
import fr.bocage.catalog.ResourceStatus;
import fr.bocage.event.calendar.EventCalendar;
import fr.bocage.imports.ImportManifest;
import fr.bocage.imports.ImportRow;
import fr.bocage.ingest.ContentStore;
import fr.bocage.ingest.IngestSettings;
import fr.bocage.ingest.StagedFile;
import fr.bocage.network.action.ActionRepository;
import fr.bocage.network.action.ActionService;
import fr.bocage.network.actor.ActorInput;
import fr.bocage.network.actor.ActorService;
import fr.bocage.network.diagnosis.DiagnosisService;
import fr.bocage.network.event.EventInput;
import fr.bocage.network.event.EventService;
import fr.bocage.network.membership.NetworkInput;
import fr.bocage.network.membership.Networks;
import fr.bocage.network.news.NewsService;
import fr.bocage.network.partnership.PartnershipService;
import fr.bocage.network.partnership.ProgrammeRepository;
import fr.bocage.network.project.DocumentInput;
import fr.bocage.network.project.Project;
import fr.bocage.network.project.ProjectMembers;
import fr.bocage.network.project.ProjectService;
import fr.bocage.network.project.ProjectSpace;
import fr.bocage.network.project.ProjectStanding;
import fr.bocage.platform.SecretTokens;
import fr.bocage.platform.StartupOrder;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Role;
import fr.bocage.training.course.CourseInput;
import fr.bocage.training.course.CourseService;
import fr.bocage.training.webinar.WebinarInput;
import fr.bocage.training.webinar.WebinarService;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo resources shipped with Bocage into an empty centre at first start, in the background, so that a
 * newcomer sees results and facets at once; then the demo webinars (two to come, three past, two of those with
 * their slides), the demo training catalogue, its sessions to come, one course with its handout; then the network's
 * demo actors, its twelve demo actions with their indicator values (2021–2025), its programmes and partnerships,
 * two demo networks, six demo news items, the demo events, and a cooperation project shaped like COOP'R with its
 * partners in six countries and its self-diagnosis (a questionnaire, a campaign, four submitted answers).
 * Disabled with
 * {@code BOCAGE_DEMO_ENABLED=false}.
 */
@ApplicationScoped
public class DemoContentLoader {
    private static final Logger LOG = Logger.getLogger(DemoContentLoader.class.getName());
    private static final String FOLDER = "/demo/";
    private static final String DEMO_OWNER = "admin";
    private static final Caller ADMIN = new Caller(DEMO_OWNER, Set.of(Role.ADMIN));

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
    ActorService actors;

    @Inject
    IngestSettings settings;

    @Inject
    PartnershipService partnerships;

    @Inject
    ProjectService projects;

    @Inject
    DiagnosisService diagnoses;

    @Inject
    ProjectMembers projectMembers;

    @Inject
    ProjectSpace space;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    ActionService actions;

    @Inject
    EventService events;

    @Inject
    ActionRepository actionRows;

    @Inject
    Networks networks;

    @Inject
    NewsService news;

    @Resource
    ManagedExecutorService executor;

    void onStart(@Observes @Priority(StartupOrder.DEMO_CONTENT) @Initialized(ApplicationScoped.class) Object ignored) {
        if (enabled && resources.count() == 0) {
            executor.execute(this::load);
        }
    }

    private void load() {
        List<ImportRow> rows = manifest();
        LocalDate today = LocalDate.now(EventCalendar.ZONE);
        List<DemoTraining<WebinarInput>> demoWebinars = read("demo-webinars.json", r -> DemoWebinars.read(r, today));
        List<DemoTraining<CourseInput>> demoCourses = read("demo-courses.json", r -> DemoCourses.read(r, today));
        Set<String> materials = Stream.concat(demoWebinars.stream(), demoCourses.stream())
                .flatMap(t -> t.materials().stream()).collect(Collectors.toSet());
        int loaded = 0;
        Map<String, Long> idsByFile = new HashMap<>();
        for (ImportRow row : rows) {
            if (materials.contains(row.file())) {
                continue;
            }
            try {
                loadOne(row, (staged, metadata) -> idsByFile.put(row.file(),
                        service.create(staged, metadata, DEMO_OWNER, ResourceStatus.PUBLISHED).getId()));
                loaded++;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Demo resource " + row.file() + " was not loaded", e);
            }
        }
        LOG.info("Demo content: " + loaded + " of " + (rows.size() - materials.size()) + " resources loaded");
        Map<String, ImportRow> byFile = rows.stream().collect(Collectors.toMap(ImportRow::file, r -> r));
        loadEach("webinar", demoWebinars, w -> webinars.create(w, DEMO_OWNER).resource().getId(), byFile);
        loadEach("course", demoCourses, c -> courses.create(c, DEMO_OWNER).resource().getId(), byFile);
        loadActors();
        loadActions(idsByFile);
        loadPartnerships(read("demo-partnerships.json", DemoPartnerships::read));
        loadNetworks();
        loadNews(today);
        loadEvents(today);
        loadProjects(read("demo-projects.json", DemoProjects::read));
        loadDiagnosis(read("demo-diagnosis.json", DemoDiagnosis::read));
    }

    /** The actors of the demo projects (partners in six countries), then the projects, published. */
    private void loadProjects(DemoProjects demo) {
        demo.actors().forEach(actor -> {
            try {
                actors.create(actor, ADMIN);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Demo actor " + actor.metadata().title() + " was not loaded", e);
            }
        });
        Map<String, Long> actorIds = resources.publishedIdsByTitle(PartnershipService.ACTOR_TYPE);
        Map<String, Long> webinarIds = resources.publishedIdsByTitle("webinar");
        int loaded = 0;
        for (JsonObject project : demo.projects()) {
            try {
                Project created = projects.create(DemoProjects.input(project, actorIds, webinarIds), ADMIN);
                loadSpace(created, project, actorIds);
                loaded++;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Demo project " + DemoProjects.title(project) + " was not loaded", e);
            }
        }
        LOG.info("Demo content: " + loaded + " projects");
    }

    /**
     * The demo project's self-diagnosis: its questionnaire, a campaign and four partner organisations' answers,
     * recorded as submitted by the administrator, as answers collected on paper would be.
     */
    private void loadDiagnosis(DemoDiagnosis demo) {
        try {
            long questionnaire = diagnoses.create(demo.project(), demo.questionnaire(), ADMIN).getId();
            long campaign = diagnoses.open(demo.project(), demo.campaign(questionnaire), ADMIN).getId();
            Map<String, Long> actorIds = resources.publishedIdsByTitle(PartnershipService.ACTOR_TYPE);
            for (DemoDiagnosis.Answer answer : demo.answers()) {
                Long actor = actorIds.get(answer.organisation());
                if (actor != null) {
                    diagnoses.record(demo.project(), campaign, actor, answer.responses(), ADMIN);
                }
            }
            LOG.info("Demo content: a self-diagnosis with " + demo.answers().size() + " answers");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The demo self-diagnosis was not loaded", e);
        }
    }

    /**
     * A demo project's members, each an account made for the demo (nobody knows its password: it only shows who
     * takes part), and the documents shared with them only, as a member's upload would be.
     */
    private void loadSpace(Project project, JsonObject json, Map<String, Long> actorIds) {
        for (DemoProjects.Member member : DemoProjects.members(json)) {
            Long actor = actorIds.get(member.partner());
            if (actor == null) {
                continue;
            }
            if (accounts.findByUsername(member.username()).isEmpty()) {
                accounts.saveNew(new Account(member.username(), hasher.hash(SecretTokens.next()), member.name(),
                        Set.of(Role.CONTRIBUTOR)));
            }
            projectMembers.enrol(project, member.username(), actor);
        }
        ProjectStanding standing = projectMembers.standing(project, ADMIN);
        for (DemoProjects.Document document : DemoProjects.documents(json)) {
            stage(document.file(), staged -> space.share(standing, staged, new DocumentInput(document.title())));
        }
    }

    /**
     * Six demo news items over the last months, published at once as a moderator's would be; two in the regional
     * demo network, which must exist first; one with its image (issue 14 #4).
     */
    private void loadNews(LocalDate today) {
        List<DemoNews.Item> items = read("demo-news.json", r -> DemoNews.read(r, today));
        int loaded = 0;
        for (DemoNews.Item item : items) {
            try {
                long id = news.create(item.input(), ADMIN).resource().getId();
                if (item.image() != null) {
                    stage(item.image(), staged -> news.attachImage(id, staged, item.imageAlt(), ADMIN));
                }
                loaded++;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Demo news " + item.input().title() + " was not loaded", e);
            }
        }
        LOG.info("Demo content: " + loaded + " of " + items.size() + " news items");
    }

    /** Two networks the demo administrator animates: a regional one shaped like the seeds', a thematic one. */
    private void loadNetworks() {
        for (NetworkInput network : List.of(
                new NetworkInput("territoires-participatifs", "Territoires participatifs (démonstration)",
                        "Réseau régional des acteurs de la participation citoyenne dans la transition écologique : "
                                + "deux rencontres par an, une liste de discussion, une lettre d'information.",
                        "hauts-de-france", List.of(DEMO_OWNER)),
                new NetworkInput("haies-et-bocages", "Réseau haies et bocages (démonstration)",
                        "Réseau thématique des planteurs et gestionnaires de haies : retours d'expériences, "
                                + "journées techniques et chantiers partagés.", null, List.of(DEMO_OWNER)))) {
            try {
                networks.create(network);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Demo network " + network.slug() + " was not loaded", e);
            }
        }
    }

    /** The network's demo events (the agenda), published at once as a moderator's would be. */
    private void loadEvents(LocalDate today) {
        int loaded = 0;
        for (EventInput event : DemoEvents.of(today)) {
            try {
                events.create(event, ADMIN, ResourceStatus.PUBLISHED);
                loaded++;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Demo event " + event.metadata().title() + " was not loaded", e);
            }
        }
        LOG.info("Demo content: " + loaded + " events");
    }

    /** The programmes, then the partnerships with their parties among the demo actors and their conventions. */
    private void loadPartnerships(DemoPartnerships demo) {
        Map<String, Long> programmeIds = new HashMap<>();
        demo.programmes().forEach((key, input) -> programmeIds.put(key, programmes.create(input).getId()));
        Map<String, Long> actors = resources.publishedIdsByTitle(PartnershipService.ACTOR_TYPE);
        for (DemoPartnerships.Partnership p : demo.partnerships()) {
            try {
                long id = partnerships.create(p.input(programmeIds, actors), DEMO_OWNER).resource().getId();
                if (p.convention() != null) {
                    stage(p.convention(), staged -> partnerships.attachConvention(id, staged, ADMIN));
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Demo partnership " + p.title() + " was not loaded", e);
            }
        }
        LOG.info("Demo content: " + demo.programmes().size() + " programmes, " + demo.partnerships().size()
                + " partnerships");
    }

    /**
     * The demo actions, published, with the resources they used. Their lead actors are the demo actors if those
     * are loaded already (fr.bocage.network.actor's demo), taken in turn; otherwise they have none.
     */
    private void loadActions(Map<String, Long> idsByFile) {
        List<DemoActions.DemoAction> demo = read("demo-actions.json", DemoActions::read);
        List<Long> actors = actionRows.publishedActors();
        int loaded = 0;
        for (int i = 0; i < demo.size(); i++) {
            try {
                Long lead = actors.isEmpty() ? null : actors.get(i % actors.size());
                actions.create(demo.get(i).input(lead, idsByFile), ADMIN, ResourceStatus.PUBLISHED);
                loaded++;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Demo action " + demo.get(i).title() + " was not loaded", e);
            }
        }
        LOG.info("Demo content: " + loaded + " actions");
    }

    /** The network's demo actors, published at once as a moderator's would be. */
    private void loadActors() {
        List<ActorInput> demoActors = read("demo-actors.json", DemoActors::read);
        int loaded = 0;
        for (ActorInput actor : demoActors) {
            try {
                actors.create(actor, ADMIN);
                loaded++;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Demo actor " + actor.metadata().title() + " was not loaded", e);
            }
        }
        LOG.info("Demo content: " + loaded + " of " + demoActors.size() + " actors");
    }

    /** Creates each training of a kind, then its materials; a training that fails is logged and skipped. */
    private <T> void loadEach(String kind, List<DemoTraining<T>> trainings, Function<T, Long> create,
            Map<String, ImportRow> byFile) {
        for (DemoTraining<T> training : trainings) {
            try {
                long id = create.apply(training.input());
                for (String file : training.materials()) {
                    loadOne(byFile.get(file), (staged, metadata) -> service.createMaterial(id, staged, metadata,
                            ADMIN));
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Demo " + kind + " " + training.title() + " was not loaded", e);
            }
        }
        LOG.info("Demo content: " + trainings.size() + " " + kind + "s");
    }

    /** Stages a demo file and gives it to {@code create} with its manifest row's metadata. */
    private void loadOne(ImportRow row, BiConsumer<StagedFile, MetadataInput> create) {
        stage(row.file(), staged -> create.accept(staged, row.metadata()));
    }

    private void stage(String file, Consumer<StagedFile> use) {
        try (InputStream in = DemoContentLoader.class.getResourceAsStream(FOLDER + file);
                StagedFile staged = contents.stage(in, file, settings.maxUploadBytes())) {
            use.accept(staged);
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
