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
 * @param news the public news items linked to it
 * @param agenda its events and webinars, the upcoming ones first
 * @param space the address of its private space, for who may enter it; else null
 */
public record ProjectPage(ProjectView project, String period, ProjectTimeline timeline, List<Work> plan,
        List<Country> countries, List<ProjectView.PartnerView> technical, boolean editable,
        List<SharedItemView> news, List<Appointment> agenda, String space) {

    /** An event or webinar of its agenda: {@code kind} in words, {@code when} its start in words. */
    public record Appointment(String title, String page, String kind, String when, boolean upcoming) {
    }

    /** An action of the plan in words. */
    public record Work(int number, String title, String kind, String dates, String status, String statusLabel,
            String description, List<ProjectOutputs.Link> outputs) {
    }

    /** The partners of one country. */
    public record Country(String name, List<ProjectView.PartnerView> partners) {
    }
}
