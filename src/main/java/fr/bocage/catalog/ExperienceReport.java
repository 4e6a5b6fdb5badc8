package fr.bocage.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The sections of an experience report written on line rather than uploaded as a file. */
@Embeddable
public class ExperienceReport {

    @Column(name = "REPORT_CONTEXT", length = ReportSections.MAX)
    private String context;

    @Column(name = "REPORT_OBJECTIVES", length = ReportSections.MAX)
    private String objectives;

    @Column(name = "REPORT_ACTIONS", length = ReportSections.MAX)
    private String actions;

    @Column(name = "REPORT_RESULTS", length = ReportSections.MAX)
    private String results;

    @Column(name = "REPORT_DIFFICULTIES", length = ReportSections.MAX)
    private String difficulties;

    @Column(name = "REPORT_LESSONS", length = ReportSections.MAX)
    private String lessons;

    @Column(name = "REPORT_PARTNERS", length = ReportSections.MAX)
    private String partners;

    @Column(name = "REPORT_BUDGET", length = ReportSections.SHORT)
    private String budget;

    @Column(name = "REPORT_PERIOD", length = ReportSections.SHORT)
    private String period;

    @Column(name = "REPORT_CONTACT", length = ReportSections.SHORT)
    private String contact;

    protected ExperienceReport() {
    }

    ExperienceReport(ReportSections s) {
        context = s.context();
        objectives = s.objectives();
        actions = s.actions();
        results = s.results();
        difficulties = s.difficulties();
        lessons = s.lessons();
        partners = s.partners();
        budget = s.budget();
        period = s.period();
        contact = s.contact();
    }

    public ReportSections sections() {
        return new ReportSections(context, objectives, actions, results, difficulties, lessons, partners, budget,
                period, contact);
    }
}
