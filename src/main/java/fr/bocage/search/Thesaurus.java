package fr.bocage.search;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.eclipse.rdf4j.rio.turtle.TurtleParser;

/**
 * The field's vocabulary (issue 16): SKOS concepts whose French labels, preferred and alternative, mean the same
 * (TVB, trame verte et bleue), read from Turtle. A query is widened with them at search time ({@link #expand}), so
 * the thesaurus changes without reindexing.
 * <p>
 * Labels are compared as the index analyses text (lower case, accents folded, elisions, stop words and inflections
 * dropped): « trames vertes et bleues » is the label « trame verte et bleue ».
 */
public final class Thesaurus {

    /** No concept: queries stay as typed. */
    public static final Thesaurus EMPTY = new Thesaurus(List.of(), new FrenchTextAnalyzer());

    /** Longest run of typed words compared with the labels. */
    private static final int MAX_LABEL_WORDS = 8;
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern PLAIN_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final String LANGUAGE = "fr";

    /**
     * @param id      the concept's local name in the file
     * @param label   its preferred label
     * @param labels  all its labels, the preferred first
     * @param broader the preferred labels of its broader concepts
     */
    public record Concept(String id, String label, List<String> labels, List<String> broader) {
    }

    /** What a concept added to a query: the words matched, and its other labels now searched as well. */
    public record Expansion(String matched, List<String> added) {
    }

    /** A query in the simple syntax, widened, and what widened it. */
    public record Expanded(String text, List<Expansion> expansions) {
    }

    private final List<Concept> concepts;
    private final Analyzer analyzer;
    private final Map<List<String>, Concept> byLabel = new HashMap<>();

    private Thesaurus(List<Concept> concepts, Analyzer analyzer) {
        this.concepts = List.copyOf(concepts);
        this.analyzer = analyzer;
        for (Concept concept : this.concepts) {
            for (String label : concept.labels()) {
                List<String> terms = terms(label);
                if (!terms.isEmpty()) {
                    byLabel.putIfAbsent(terms, concept);
                }
            }
        }
    }

    /**
     * The SKOS concepts of a Turtle document, with their French (or untagged) labels.
     *
     * @throws InvalidInput when the document is no Turtle, saying at which line, or holds no concept
     */
    public static Thesaurus read(InputStream turtle) {
        Model model = new LinkedHashModel();
        TurtleParser parser = new TurtleParser();
        parser.setRDFHandler(new StatementCollector(model));
        try {
            parser.parse(turtle, "urn:bocage:thesaurus:");
        } catch (RDFParseException e) {
            throw new InvalidInput(Messages.format("thesaurus.unreadable", e.getLineNumber(), e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Concept> concepts = new ArrayList<>();
        for (Resource subject : model.filter(null, RDF.TYPE, SKOS.CONCEPT).subjects()) {
            Optional<String> label = french(model, subject, SKOS.PREF_LABEL).stream().findFirst();
            if (label.isEmpty()) {
                throw new InvalidInput(Messages.format("thesaurus.no-label", localName(subject)));
            }
            Set<String> labels = new LinkedHashSet<>(List.of(label.get()));
            labels.addAll(french(model, subject, SKOS.ALT_LABEL));
            List<String> broader = model.filter(subject, SKOS.BROADER, null).objects().stream()
                    .filter(Resource.class::isInstance)
                    .flatMap(parent -> french(model, (Resource) parent, SKOS.PREF_LABEL).stream().limit(1)).toList();
            concepts.add(new Concept(localName(subject), label.get(), List.copyOf(labels), broader));
        }
        if (concepts.isEmpty()) {
            throw new InvalidInput(Messages.get("thesaurus.empty"));
        }
        concepts.sort(Comparator.comparing(Concept::label, String.CASE_INSENSITIVE_ORDER));
        return new Thesaurus(concepts, new FrenchTextAnalyzer());
    }

    private static List<String> french(Model model, Resource subject, org.eclipse.rdf4j.model.IRI property) {
        List<String> labels = new ArrayList<>();
        for (Statement statement : model.filter(subject, property, null)) {
            if (statement.getObject() instanceof Literal literal
                    && literal.getLanguage().map(LANGUAGE::equalsIgnoreCase).orElse(true)
                    && !literal.getLabel().isBlank()) {
                labels.add(literal.getLabel().strip());
            }
        }
        return labels;
    }

    private static String localName(Resource subject) {
        String name = subject.stringValue();
        return name.substring(Math.max(name.lastIndexOf('#'), name.lastIndexOf('/')) + 1);
    }

    public List<Concept> concepts() {
        return concepts;
    }

    /** How many labels the queries are compared with. */
    public int labelCount() {
        return byLabel.size();
    }

    /**
     * The query in the simple syntax ({@link UserQueryParser#rewriteOperators}) with each run of plain words that is
     * a concept's label replaced by the alternative of all its labels, the longest run first. Phrases, exclusions,
     * prefixes and groups stay as the user wrote them: they already say exactly what to find.
     */
    public Expanded expand(String text) {
        if (byLabel.isEmpty()) {
            return new Expanded(text, List.of());
        }
        String[] parts = text.split("\"", -1);
        List<Expansion> expansions = new ArrayList<>();
        for (int i = 0; i < parts.length; i += 2) {
            parts[i] = expandWords(parts[i], expansions);
        }
        return new Expanded(String.join("\"", parts), List.copyOf(expansions));
    }

    private String expandWords(String part, List<Expansion> expansions) {
        List<int[]> spans = new ArrayList<>();
        Matcher token = TOKEN.matcher(part);
        while (token.find()) {
            spans.add(new int[] {token.start(), token.end()});
        }
        StringBuilder out = new StringBuilder();
        int written = 0;
        for (int i = 0; i < spans.size(); ) {
            int matchedEnd = -1;
            Concept concept = null;
            for (int j = Math.min(spans.size(), i + MAX_LABEL_WORDS); j > i && concept == null; j--) {
                String words = part.substring(spans.get(i)[0], spans.get(j - 1)[1]);
                if (plainWords(part, spans, i, j)) {
                    concept = byLabel.get(terms(words));
                    matchedEnd = j;
                }
            }
            if (concept == null) {
                i++;
                continue;
            }
            String matched = part.substring(spans.get(i)[0], spans.get(matchedEnd - 1)[1]);
            List<String> matchedTerms = terms(matched);
            List<String> added = concept.labels().stream().filter(l -> !terms(l).equals(matchedTerms)).toList();
            if (!added.isEmpty()) {
                out.append(part, written, spans.get(i)[0]).append(alternative(matched, added));
                written = spans.get(matchedEnd - 1)[1];
                expansions.add(new Expansion(matched, added));
            }
            i = matchedEnd;
        }
        return out.append(part.substring(written)).toString();
    }

    private static boolean plainWords(String part, List<int[]> spans, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!PLAIN_WORD.matcher(part.substring(spans.get(k)[0], spans.get(k)[1])).matches()) {
                return false;
            }
        }
        return true;
    }

    private static String alternative(String matched, List<String> added) {
        StringBuilder group = new StringBuilder("(").append(phrase(matched));
        added.forEach(label -> group.append('|').append(phrase(label)));
        return group.append(')').toString();
    }

    private static String phrase(String words) {
        String clean = words.replace("\"", " ").strip();
        return clean.contains(" ") ? '"' + clean + '"' : clean;
    }

    /** The terms the index holds for these words. */
    private List<String> terms(String words) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", words)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
