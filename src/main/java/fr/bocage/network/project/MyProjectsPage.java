package fr.bocage.network.project;

import java.util.List;

/** « Mes projets » in the account space: the projects I take part in, and those I coordinate, each to its space. */
public record MyProjectsPage(List<Row> member, List<Row> coordinated) {

    /** @param detail the organisation I take part for; null for a project I coordinate */
    public record Row(String title, String space, String detail) {
    }
}
