package fr.bocage.network.project;

import fr.bocage.portal.form.FormOption;
import java.util.List;

/**
 * The list of projects, filtered by a partner's country and the period.
 *
 * @param countries the countries of the listed projects' partners, the chosen one selected
 * @param periods the periods, the chosen one selected
 * @param mayCreate whether the caller may start a project
 */
public record ProjectListPage(List<Row> projects, List<FormOption> countries, List<FormOption> periods,
        boolean mayCreate) {

    /** A project in the list. */
    public record Row(String title, String acronym, String url, String summary, String period, boolean draft,
            String countries) {
    }
}
