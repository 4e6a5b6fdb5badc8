package fr.bocage.network.project;

import java.time.LocalDate;
import java.util.List;

/** An action of a work plan, checked: its enums resolved, its outputs found in the catalogue. */
record WorkDetails(int number, String title, WorkKind kind, String description, LocalDate startDate,
        LocalDate endDate, WorkStatus status, List<Output> outputs) {
}
