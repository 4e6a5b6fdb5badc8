package fr.bocage.catalog;

import fr.bocage.platform.Messages;
import fr.bocage.platform.StartupOrder;
import fr.bocage.platform.error.Conflict;
import fr.bocage.platform.error.InvalidInput;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The controlled vocabularies, read from the database into memory. Input is accepted as a code or a label,
 * whatever the case and accents; what is stored and indexed is always the code.
 */
@ApplicationScoped
public class Vocabularies {
    private static final String SEED = "/fr/bocage/catalog/vocabularies.tsv";

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    @Inject
    Vocabularies self;

    private volatile Map<VocabularyKind, List<VocabularyTerm>> terms = Map.of();
    private volatile Map<VocabularyKind, Map<String, VocabularyTerm>> byKey = Map.of();
    /** Labels by exact code: what every hit and facet value of a page asks, without normalising the code each time. */
    private volatile Map<VocabularyKind, Map<String, String>> labels = Map.of();

    void onStart(@Observes @Priority(StartupOrder.VOCABULARIES) @Initialized(ApplicationScoped.class) Object ignored) {
        self.seedMissingTerms();
        reload();
    }

    /** Adds the seed terms the database does not have yet; terms added by an administrator are kept. */
    @Transactional
    public void seedMissingTerms() {
        Map<VocabularyKind, List<String>> existing = em.createNamedQuery(VocabularyTerm.ALL, VocabularyTerm.class)
                .getResultStream()
                .collect(Collectors.groupingBy(VocabularyTerm::getKind,
                        Collectors.mapping(VocabularyTerm::getCode, Collectors.toList())));
        for (VocabularyTerm seed : readSeed()) {
            if (!existing.getOrDefault(seed.getKind(), List.of()).contains(seed.getCode())) {
                em.persist(seed);
            }
        }
    }

    @Transactional
    public VocabularyTerm add(VocabularyKind kind, String code, String label) {
        if (find(kind, code).isPresent() || find(kind, label).isPresent()) {
            throw new Conflict(Messages.format("vocabulary.exists", label, kind.parameter()));
        }
        VocabularyTerm term = new VocabularyTerm(kind, code, label, terms(kind).size() + 1);
        em.persist(term);
        em.flush();
        reload();
        return term;
    }

    public List<VocabularyTerm> terms(VocabularyKind kind) {
        return terms.getOrDefault(kind, List.of());
    }

    public Optional<VocabularyTerm> find(VocabularyKind kind, String input) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byKey.getOrDefault(kind, Map.of()).get(TermKey.of(input)));
    }

    /** The code for a code or label typed by a user; a 400 that lists the accepted values otherwise. */
    public String code(VocabularyKind kind, String input) {
        return find(kind, input).map(VocabularyTerm::getCode).orElseThrow(() -> new InvalidInput(
                Messages.format("vocabulary.unknown", input.strip(), kind.parameter(), terms(kind).stream()
                        .map(VocabularyTerm::getCode).collect(Collectors.joining(", ")))));
    }

    public List<String> codes(VocabularyKind kind, Collection<String> inputs) {
        return inputs.stream().filter(v -> v != null && !v.isBlank()).map(v -> code(kind, v)).distinct().toList();
    }

    public String label(VocabularyKind kind, String code) {
        String label = labels.getOrDefault(kind, Map.of()).get(code);
        return label != null ? label : find(kind, code).map(VocabularyTerm::getLabel).orElse(code);
    }

    private void reload() {
        Map<VocabularyKind, List<VocabularyTerm>> all = new EnumMap<>(VocabularyKind.class);
        Map<VocabularyKind, Map<String, VocabularyTerm>> keys = new EnumMap<>(VocabularyKind.class);
        Map<VocabularyKind, Map<String, String>> labelsByCode = new EnumMap<>(VocabularyKind.class);
        for (VocabularyTerm term : em.createNamedQuery(VocabularyTerm.ALL, VocabularyTerm.class).getResultList()) {
            all.computeIfAbsent(term.getKind(), k -> new ArrayList<>()).add(term);
            Map<String, VocabularyTerm> index = keys.computeIfAbsent(term.getKind(), k -> new LinkedHashMap<>());
            index.putIfAbsent(TermKey.of(term.getCode()), term);
            index.putIfAbsent(TermKey.of(term.getLabel()), term);
            labelsByCode.computeIfAbsent(term.getKind(), k -> new HashMap<>()).put(term.getCode(), term.getLabel());
        }
        terms = all;
        byKey = keys;
        labels = labelsByCode;
    }

    private static List<VocabularyTerm> readSeed() {
        try (InputStream in = Vocabularies.class.getResourceAsStream(SEED)) {
            List<VocabularyTerm> seed = new ArrayList<>();
            Map<VocabularyKind, Integer> positions = new EnumMap<>(VocabularyKind.class);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                VocabularyKind kind = VocabularyKind.valueOf(cells[0].trim());
                seed.add(new VocabularyTerm(kind, cells[1].trim(), cells[2].trim(), positions.merge(kind, 1, Integer::sum)));
            }
            return seed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
