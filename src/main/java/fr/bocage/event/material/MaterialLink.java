package fr.bocage.event.material;

/** A training's slide deck or handout as its page lists it: its page, its file and how big it is. */
public record MaterialLink(String title, String url, String fileUrl, String format, String size) {
}
