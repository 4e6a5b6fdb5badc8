package fr.bocage.network.event;

import fr.bocage.portal.form.FormOption;
import java.util.List;

/**
 * The agenda, /agenda: the events to come (or, on the second tab, the past ones) with the filters' choices.
 *
 * @param past whether the past tab is shown
 * @param month the month filter as typed back into its field (« 2027-03 »), empty for none
 * @param networks the networks, by name, to filter by (slugs as codes)
 * @param query the filters as a query string starting with « & » (or empty), which the tabs keep
 */
public record AgendaPage(List<EventCard> events, boolean past, List<FormOption> kinds, List<FormOption> formats,
        List<FormOption> territories, List<FormOption> networks, String month, String query, String feedUrl,
        String webcalUrl, boolean mayPropose) {
}
