package fr.bocage.catalog;

import fr.bocage.platform.Messages;




/** The parts of a structured experience report, in the order a reader expects them. */
public enum ReportSection {
    CONTEXT, OBJECTIVES, ACTIONS, RESULTS, DIFFICULTIES, LESSONS, PARTNERS, BUDGET, PERIOD, CONTACT;

    /** The French heading, as the portal shows it and as it prefixes the section in the indexed text. */
    public String label() {
        return Messages.get("report.section." + name().toLowerCase());
    }
}
