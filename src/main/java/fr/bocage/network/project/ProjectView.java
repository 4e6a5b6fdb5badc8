package fr.bocage.network.project;

import fr.bocage.network.actor.ActorDirectory;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * A project as the API shows it. Partners are the published actors only, outputs the published public resources;
 * {@code coordinators} (accounts are private) only to those who may edit it, else absent.
 */
@JsonbPropertyOrder({"id", "slug", "title", "acronym", "summary", "purpose", "startDate", "endDate", "state",
        "funders", "partners", "coordinators", "plan", "webinars", "page"})
public record ProjectView(long id, String slug, String title, String acronym, String summary, String purpose,
        LocalDate startDate, LocalDate endDate, String state, List<FunderView> funders, List<PartnerView> partners,
        List<String> coordinators, List<WorkView> plan, Webinars webinars, String page) {

    /** Where a project's page is, followed by its slug. */
    public static final String PATH = "/projets/";

    public record FunderView(String name, Integer rate) {
    }

    @JsonbPropertyOrder({"id", "name", "country", "technical", "page"})
    public record PartnerView(long id, String name, String country, boolean technical, String page) {
        static PartnerView of(ActorDirectory.Listed actor, boolean technical) {
            return new PartnerView(actor.id(), actor.name(), actor.country(), technical, actor.page());
        }
    }

    @JsonbPropertyOrder({"number", "title", "kind", "description", "startDate", "endDate", "status", "outputs"})
    public record WorkView(int number, String title, String kind, String description, LocalDate startDate,
            LocalDate endDate, String status, List<ProjectOutputs.Link> outputs) {
    }

    /** The webinars its webinar series link, and how many of them are over. */
    public record Webinars(long held, long total) {
    }
}
