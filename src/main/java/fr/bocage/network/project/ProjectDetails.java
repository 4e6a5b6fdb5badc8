package fr.bocage.network.project;

import java.time.LocalDate;
import java.util.List;

/** A project's description, checked: partners and coordinators exist, dates in order. */
record ProjectDetails(String title, String acronym, String summary, String purpose, LocalDate startDate,
        LocalDate endDate, ProjectState state, List<Funder> funders, List<Partner> partners, List<String> coordinators,
        List<WorkDetails> plan) {
}
