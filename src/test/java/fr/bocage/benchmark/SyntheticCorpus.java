package fr.bocage.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * A deterministic synthetic corpus of French text documents for the scale benchmark (issue 17 #3): each document is a
 * handful of the real corpus's paragraphs, drawn with a seed of its own number, so the same arguments always write the
 * same bytes; its metadata are drawn from the values the real corpus uses (types, themes, regions, years, languages),
 * each column on its own. A first line numbers every document, so none is a byte-for-byte copy of another (a copy
 * would rightly be refused as a duplicate). Written as the real corpus is: {@code metadata.csv} and a {@code docs}
 * folder, a thousand files per sub-folder.
 */
public final class SyntheticCorpus {

    /** Paragraphs shorter than this are headings, page numbers or menu items, not text. */
    private static final int MIN_PARAGRAPH = 80;
    private static final int MAX_PARAGRAPH = 3_000;
    private static final int FILES_PER_FOLDER = 1_000;

    private final List<String> paragraphs;
    private final List<CorpusCsv.Entry> rows;

    private SyntheticCorpus(List<String> paragraphs, List<CorpusCsv.Entry> rows) {
        this.paragraphs = paragraphs;
        this.rows = rows;
    }

    /** Arguments: the real corpus's folder, the folder to write, the number of documents. */
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: SyntheticCorpus ../shared/corpus/fr target/corpus-100k/synthetic 100000");
            System.exit(2);
        }
        long start = System.nanoTime();
        SyntheticCorpus corpus = from(Path.of(args[0]), 0);
        corpus.write(Path.of(args[1]), Integer.parseInt(args[2]));
        System.out.printf("%,d documents from %,d paragraphs of %,d real documents written to %s in %.1f s%n",
                Integer.parseInt(args[2]), corpus.paragraphs.size(), corpus.rows.size(), args[1],
                (System.nanoTime() - start) / 1e9);
    }

    /** The paragraphs of the first {@code limit} documents of a real corpus (all when 0), in the corpus's order. */
    static SyntheticCorpus from(Path source, int limit) throws IOException {
        List<CorpusCsv.Entry> rows = CorpusCsv.read(source, limit);
        AutoDetectParser parser = new AutoDetectParser();
        Set<String> paragraphs = new LinkedHashSet<>();
        for (CorpusCsv.Entry row : rows) {
            BodyContentHandler text = new BodyContentHandler(TikaParseRun.WRITE_LIMIT);
            try (InputStream in = TikaInputStream.get(row.file())) {
                parser.parse(in, text, new Metadata(), new ParseContext());
            } catch (Exception e) {
                continue; // a broken document gives no paragraph; the others are enough
            }
            for (String paragraph : text.toString().split("\\n\\s*\\n|\\r?\\n")) {
                String clean = paragraph.strip().replaceAll("\\s+", " ");
                if (clean.length() >= MIN_PARAGRAPH && clean.length() <= MAX_PARAGRAPH) {
                    paragraphs.add(clean);
                }
            }
        }
        if (paragraphs.isEmpty()) {
            throw new IOException("no paragraph of text in " + source);
        }
        return new SyntheticCorpus(List.copyOf(paragraphs), rows);
    }

    /** Writes {@code documents} documents and their {@code metadata.csv} into {@code target}. */
    void write(Path target, int documents) throws IOException {
        Files.createDirectories(target);
        try (Writer csv = Files.newBufferedWriter(target.resolve("metadata.csv"), StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            printer.printRecord("file", "title", "type", "theme", "region", "year", "language");
            for (int n = 0; n < documents; n++) {
                Random random = new Random(n);
                String file = String.format(Locale.ROOT, "docs/%03d/%06d.txt", n / FILES_PER_FOLDER, n);
                String title = title(paragraphs.get(random.nextInt(paragraphs.size())));
                Files.createDirectories(target.resolve(file).getParent());
                Files.writeString(target.resolve(file), text(n, title, random), StandardCharsets.UTF_8);
                printer.printRecord(file, title, drawn(random, CorpusCsv.Entry::type),
                        drawn(random, CorpusCsv.Entry::theme), drawn(random, CorpusCsv.Entry::region),
                        drawn(random, CorpusCsv.Entry::year), drawn(random, CorpusCsv.Entry::language));
            }
        }
    }

    /** Most documents are short, some long: 1 to 60 paragraphs, a median of about five. */
    private String text(int n, String title, Random random) {
        int count = (int) Math.min(60, Math.max(1, Math.round(Math.exp(1.6 + random.nextGaussian()))));
        List<String> chosen = new ArrayList<>(count + 1);
        chosen.add(String.format(Locale.ROOT, "Fiche n° %06d : %s", n, title));
        for (int i = 0; i < count; i++) {
            chosen.add(paragraphs.get(random.nextInt(paragraphs.size())));
        }
        return String.join("\n\n", chosen) + "\n";
    }

    /** The first words of a paragraph, up to a dozen, as a title would be. */
    private static String title(String paragraph) {
        String[] words = paragraph.split(" ");
        String title = String.join(" ", List.of(words).subList(0, Math.min(12, words.length)));
        return title.replaceAll("[\\s,;:.]+$", "");
    }

    private String drawn(Random random, Function<CorpusCsv.Entry, String> column) {
        return column.apply(rows.get(random.nextInt(rows.size())));
    }
}
