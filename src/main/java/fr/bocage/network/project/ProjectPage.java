package fr.bocage.network.project;

import java.util.List;

/**
 * A project's public page.
 *
 * @param project the project as the caller may see it
 * @param period its dates in words
 * @param timeline the work plan drawn
 * @param plan the work plan in words: the timeline's text alternative
 * @param countries the partners that are not technical, by country's name
 * @param technical the technical partners
 * @param editable whether the caller may change it
 */
public record ProjectPage(ProjectView project, String period, ProjectTimeline timeline, List<Work> plan,
        List<Country> countries, List<ProjectView.PartnerView> technical, boolean editable) {

    /** An action of the plan in words. */
    public record Work(int number, String title, String kind, String dates, String status, String statusLabel,
            String description, List<ProjectOutputs.Link> outputs) {
    }

    /** The partners of one country. */
    public record Country(String name, List<ProjectView.PartnerView> partners) {
    }
}
