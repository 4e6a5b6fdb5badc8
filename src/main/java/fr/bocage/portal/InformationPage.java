package fr.bocage.portal;

/** A page of text and links only (legal notice, accessibility statement, the network's hub): its words are all in
 * the bundle. */
public record InformationPage() {
}
