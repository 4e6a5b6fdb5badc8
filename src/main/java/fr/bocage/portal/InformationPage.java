package fr.bocage.portal;

/** A page of text only (legal notice, accessibility statement): its words are all in the bundle. */
public record InformationPage() {
}
