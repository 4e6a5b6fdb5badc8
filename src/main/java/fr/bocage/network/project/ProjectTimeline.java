package fr.bocage.network.project;

import fr.bocage.platform.rest.ApiNames;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a work plan's timeline, drawn as SVG by the project's page: one bar per action over the project's
 * period, a day the same width everywhere. A bar covers its first and last days whole; an action outside the period
 * (dates changed since) is cut to it. The status is drawn by colour, pattern and a word, never colour alone.
 *
 * @param width the drawing's width, labels included
 * @param height its height
 * @param ticks the start of each year within the period (and the period's own start)
 * @param bars the actions, in the plan's order
 */
public record ProjectTimeline(int width, int height, List<Tick> ticks, List<Bar> bars) {
    static final int LABELS = 220;
    static final int AREA = 560;
    static final int STATUS = 110;
    static final int TOP = 24;
    static final int ROW = 30;
    static final int BAR = 18;

    /** A year's mark on the axis. */
    public record Tick(String label, int x) {
    }

    /**
     * One action's bar and its texts.
     *
     * @param status the status's code, which names its pattern ({@code planned}, {@code under-way}, {@code done})
     */
    public record Bar(int number, String title, String status, String statusLabel, int x, int y, int width) {
        /** Where the texts of its row sit: the middle of the bar. */
        public int textY() {
            return y + BAR / 2 + 5;
        }
    }

    static ProjectTimeline of(LocalDate start, LocalDate end, List<ProjectView.WorkView> plan) {
        long days = Math.max(1, ChronoUnit.DAYS.between(start, end) + 1);
        List<Tick> ticks = new ArrayList<>();
        ticks.add(new Tick(String.valueOf(start.getYear()), x(start, days, start)));
        for (int year = start.getYear() + 1; year <= end.getYear(); year++) {
            ticks.add(new Tick(String.valueOf(year), x(start, days, LocalDate.of(year, 1, 1))));
        }
        List<Bar> bars = new ArrayList<>();
        for (ProjectView.WorkView action : plan) {
            LocalDate from = clamp(action.startDate(), start, end);
            LocalDate to = clamp(action.endDate(), start, end);
            int x = x(start, days, from);
            int width = Math.max(2, x(start, days, to.plusDays(1)) - x);
            WorkStatus status = ApiNames.parse(WorkStatus.class, action.status())
                    .orElse(WorkStatus.PLANNED);
            bars.add(new Bar(action.number(), action.title(), status.code(), status.label(), x,
                    TOP + bars.size() * ROW, width));
        }
        return new ProjectTimeline(LABELS + AREA + STATUS, TOP + plan.size() * ROW + 6, List.copyOf(ticks),
                List.copyOf(bars));
    }

    /** The abscissa of a day's start: the period's first day at the labels' edge, the day after its last at the end. */
    static int x(LocalDate start, long days, LocalDate day) {
        return LABELS + (int) Math.round((double) AREA * ChronoUnit.DAYS.between(start, day) / days);
    }

    private static LocalDate clamp(LocalDate day, LocalDate start, LocalDate end) {
        return day.isBefore(start) ? start : day.isAfter(end) ? end : day;
    }

    /** Where the status words start: after the bars' area. */
    public int statusX() {
        return LABELS + AREA + 8;
    }

    public int labelX() {
        return LABELS - 8;
    }
}
