package fr.bocage.search;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Test resources, built from a short description with sensible defaults. */
final class Resources {

    private long id;
    private long revision = 1;
    private String title = "";
    private String summary = "";
    private String content = "";
    private List<String> keywords = List.of();
    private String type = "guide";
    private List<String> themes = List.of();
    private String territory;
    private List<String> audiences = List.of();
    private Integer year;
    private String language = "fr";
    private String format = "pdf";
    private boolean published = true;
    private LocalDate date;
    private String level;
    private String modality;
    private java.util.Map<String, String> featureFacets = java.util.Map.of();
    private String circle;

    static Resources resource(long id) {
        Resources builder = new Resources();
        builder.id = id;
        builder.title = "Ressource " + id;
        return builder;
    }

    Resources revision(long value) { revision = value; return this; }
    Resources title(String value) { title = value; return this; }
    Resources summary(String value) { summary = value; return this; }
    Resources content(String value) { content = value; return this; }
    Resources keywords(String... values) { keywords = List.of(values); return this; }
    Resources type(String value) { type = value; return this; }
    Resources themes(String... values) { themes = List.of(values); return this; }
    Resources territory(String value) { territory = value; return this; }
    Resources audiences(String... values) { audiences = List.of(values); return this; }
    Resources year(Integer value) { year = value; return this; }
    Resources language(String value) { language = value; return this; }
    Resources format(String value) { format = value; return this; }
    Resources published(boolean value) { published = value; return this; }
    Resources date(LocalDate value) { date = value; return this; }
    /** Members-only: found only by who is inside the circle. */
    Resources circle(String value) { circle = value; return this; }
    Resources course(String levelValue, String modalityValue) {
        type = "course";
        level = levelValue;
        modality = modalityValue;
        return this;
    }

    /** An actor of the network: its kind, and its « Engagés pour la nature » scheme or null. */
    Resources actor(String kind, String engagement) {
        type = "actor";
        featureFacets = engagement == null ? java.util.Map.of("actorKind", kind)
                : java.util.Map.of("actorKind", kind, "engagement", engagement);
        return this;
    }

    IndexedResource build() {
        return new IndexedResource(id, revision, title, summary, keywords, List.of("Camille Martin"), "OFB", content,
                type, themes, territory, audiences, year, language, format, published, date,
                Instant.parse("2024-01-01T00:00:00Z"), level, modality, featureFacets, circle);
    }

    static void index(ResourceIndex index, Resources... resources) throws IOException {
        for (Resources resource : resources) {
            index.upsert(resource.build());
        }
        index.refresh();
    }
}
