package fr.bocage.network.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;

/**
 * The geometry of the comparison's radar chart, drawn as SVG by the page: one axis per section from the centre (0 %)
 * to the rim (100 %), rings at every quarter, one closed line per organisation. A section an organisation left
 * unscored sits at the centre. The table beside it is its text alternative.
 */
public record RadarChart(int size, int centre, List<Axis> axes, List<String> rings, List<Shape> shapes) {
    static final int SIZE = 520;
    static final int RADIUS = 170;
    /** Room on either side for the labels of the axes that point left and right. */
    static final int MARGIN = 140;
    private static final String[] COLOURS = {"#1b6e3c", "#8a3b12", "#1f4e8c", "#7a1f6b", "#5b6770", "#8c6d00"};

    /** A section's axis: its end on the rim, and where its label goes. */
    public record Axis(String label, String x, String y, String labelX, String labelY, String anchor) {
    }

    /** An organisation's scores joined up; colour and dashes tell them apart, the table names them. */
    public record Shape(String organisation, String points, String colour, String dashes) {
    }

    /** The drawing's width: the square and the labels' room on either side. */
    public int width() {
        return size + 2 * MARGIN;
    }

    public String viewBox() {
        return -MARGIN + " 0 " + width() + " " + size;
    }

    static RadarChart of(List<String> sections, List<Comparison.Row> rows) {
        int centre = SIZE / 2;
        List<Axis> axes = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            double angle = angle(i, sections.size());
            double labelX = centre + (RADIUS + 14) * Math.cos(angle);
            String anchor = Math.abs(Math.cos(angle)) < 0.2 ? "middle" : Math.cos(angle) > 0 ? "start" : "end";
            axes.add(new Axis(sections.get(i), coordinate(centre + RADIUS * Math.cos(angle)),
                    coordinate(centre + RADIUS * Math.sin(angle)), coordinate(labelX),
                    coordinate(centre + (RADIUS + 14) * Math.sin(angle) + 5), anchor));
        }
        List<String> rings = new ArrayList<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            double percent = quarter * 25.0;
            rings.add(polygon(centre, sections.size(), i -> percent));
        }
        List<Shape> shapes = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Comparison.Row row = rows.get(r);
            shapes.add(new Shape(row.organisation(), polygon(centre, sections.size(), i -> {
                Double score = row.scores().get(i);
                return score == null ? 0 : score;
            }), COLOURS[r % COLOURS.length], r / COLOURS.length % 2 == 0 ? "none" : "6 3"));
        }
        return new RadarChart(SIZE, centre, axes, rings, shapes);
    }

    private static String polygon(int centre, int count, IntToDoubleFunction percent) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < count; i++) {
            double angle = angle(i, count);
            double radius = RADIUS * percent.applyAsDouble(i) / 100;
            points.append(i == 0 ? "" : " ").append(coordinate(centre + radius * Math.cos(angle))).append(',')
                    .append(coordinate(centre + radius * Math.sin(angle)));
        }
        return points.toString();
    }

    /** The first axis points up, the others follow clockwise. */
    private static double angle(int i, int count) {
        return -Math.PI / 2 + 2 * Math.PI * i / count;
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
