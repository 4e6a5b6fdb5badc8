package fr.bocage.portal.subscriptions;

import java.util.List;

/**
 * « Mes abonnements »: each feature's section, as plain texts (already French) and forms that the one view renders
 * alike, so that a section needs no view of its own.
 *
 * @param done  the confirmation of the change just made, or null
 * @param error the refusal of the change just posted, in French, or null
 */
public record SubscriptionsPage(String done, String error, List<Section> sections) {

    /**
     * @param id      the section's id, the anchor of its heading
     * @param intro   a sentence under the heading, or null
     * @param none    what to say when there is no entry
     * @param forms   the section's own forms (subscribing), besides its entries'
     */
    public record Section(String id, String heading, String intro, String none, List<Entry> entries,
            List<Form> forms) {
    }

    /**
     * One thing subscribed to.
     *
     * @param url   its page, or null
     * @param state where it stands (« Confirmé », « Chaque semaine »), or null
     */
    public record Entry(String title, String url, String state, List<Link> links, List<Form> forms) {
    }

    /** @param type the media type of what it leads to (a feed), or null */
    public record Link(String label, String url, String type) {
    }

    /**
     * A form posted to the page with its section's id and {@code action}.
     *
     * @param hidden   fields carried as they are (an id)
     * @param choice   what the form asks, or null for a button alone
     * @param question the key (portal's bundle) of the question to confirm first (portal.js asks it, else the page
     *                 of {@link fr.bocage.platform.web.Confirmation}), or null
     * @param subject  what the question is about
     * @param confirm  the key of the confirming button's label
     */
    public record Form(String action, String button, List<Field> hidden, Choice choice, String question,
            String subject, String confirm, boolean secondary) {

        public static Form of(String action, String button, List<Field> hidden, Choice choice) {
            return new Form(action, button, hidden, choice, null, null, null, false);
        }

        /** A button alone, secondary: stopping, deleting. */
        public static Form button(String action, String button, List<Field> hidden) {
            return new Form(action, button, hidden, null, null, null, null, true);
        }

        /** The same form, asking {@code question} (about {@code about}) first. */
        public Form asking(String questionKey, String about, String confirmKey) {
            return new Form(action, button, hidden, choice, questionKey, about, confirmKey, secondary);
        }
    }

    public record Field(String name, String value) {
    }

    /**
     * Boxes to tick ({@code multiple}) or a list to pick one from.
     *
     * @param hint a sentence under the legend, or null
     */
    public record Choice(String name, String legend, String hint, boolean multiple, List<Option> options) {
    }

    public record Option(String value, String label, boolean chosen) {
    }
}
