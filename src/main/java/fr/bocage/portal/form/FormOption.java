package fr.bocage.portal.form;

/** One choice of a select or a group of check boxes: a vocabulary code, its label, and whether it is chosen. */
public record FormOption(String code, String label, boolean selected) {
}
