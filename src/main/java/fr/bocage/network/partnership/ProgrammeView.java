package fr.bocage.network.partnership;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A programme as the API shows it. */
@JsonbPropertyOrder({"id", "name", "funder", "startYear", "endYear", "description", "website", "page"})
public record ProgrammeView(long id, String name, String funder, Integer startYear, Integer endYear,
        String description, String website, String page) {

    static ProgrammeView of(Programme p) {
        return new ProgrammeView(p.getId(), p.getName(), p.getFunder(), p.getStartYear(), p.getEndYear(),
                p.getDescription(), p.getWebsite(), ProgrammePages.PATH + p.getId());
    }
}
