package fr.bocage.network.action;

import fr.bocage.portal.HitView;
import java.util.List;

/**
 * What an action's page shows: its description, facts, sections, actors and linked resources (those the reader may
 * see, by name), its indicator values, and similar published resources and actions.
 *
 * @param draftStatus the status's label while the action is not published (its author or a moderator reads it), else null
 * @param editUrl the form's address for whom the workflow lets change it now; null for others
 */
public record ActionPage(long id, String title, String summary, String draftStatus, List<Fact> facts,
        List<String> themes, List<Section> sections, Named leadActor, List<Named> partners, List<Named> links,
        List<ValueRow> values, List<HitView> similar, String editUrl) {

    /** A fact: the key of its label in ui.properties, and its value. */
    public record Fact(String labelKey, String value) {
    }

    public record Section(String heading, String text) {
    }

    /** An actor or a resource, by its title and its page's address. */
    public record Named(String name, String url) {
    }

    public record ValueRow(String indicator, int year, String value) {
    }
}
