package fr.bocage.network.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline's geometry: a day is AREA / days wide, bars cover their first and last days whole. */
class ProjectTimelineTest {

    private static ProjectView.WorkView action(int number, String from, String to, String status) {
        return new ProjectView.WorkView(number, "Action " + number, "other", null, LocalDate.parse(from),
                LocalDate.parse(to), status, List.of());
    }

    @Test
    void datesBecomeExactAbscissasAndWidths() {
        // 100 days from 1 January to 10 April 2023: each day is 5.6 units of the 560 wide area.
        ProjectTimeline timeline = ProjectTimeline.of(LocalDate.parse("2023-01-01"), LocalDate.parse("2023-04-10"),
                List.of(action(0, "2023-01-01", "2023-04-10", "done"), action(1, "2023-01-11", "2023-01-30", "planned"),
                        action(2, "2023-04-10", "2023-04-10", "under-way")));
        ProjectTimeline.Bar whole = timeline.bars().get(0);
        assertEquals(220, whole.x());
        assertEquals(560, whole.width());
        ProjectTimeline.Bar twentyDays = timeline.bars().get(1);
        assertEquals(220 + 56, twentyDays.x(), "ten days in");
        assertEquals(112, twentyDays.width(), "twenty days long");
        assertEquals(ProjectTimeline.TOP + ProjectTimeline.ROW, twentyDays.y());
        ProjectTimeline.Bar lastDay = timeline.bars().get(2);
        assertEquals(220 + 554, lastDay.x());
        assertEquals(6, lastDay.width(), "one day, rounded");
        assertEquals("under-way", lastDay.status());
        assertEquals("En cours", lastDay.statusLabel());
        assertEquals(220 + 560 + 110, timeline.width());
    }

    @Test
    void yearsAreMarkedAndActionsOutsideThePeriodCut() {
        ProjectTimeline timeline = ProjectTimeline.of(LocalDate.parse("2023-11-01"), LocalDate.parse("2025-07-31"),
                List.of(action(5, "2025-06-01", "2025-12-31", "planned")));
        // 639 days; 2024 starts 61 days in, 2025 427 days in.
        assertEquals(List.of(new ProjectTimeline.Tick("2023", 220), new ProjectTimeline.Tick("2024", 273),
                new ProjectTimeline.Tick("2025", 594)), timeline.ticks());
        ProjectTimeline.Bar cut = timeline.bars().get(0);
        // 1 June 2025 is 578 days in: 506.55 → 507; the end is the period's, 780.
        assertEquals(220 + 507, cut.x());
        assertEquals(780 - 727, cut.width());
    }
}
