package fr.bocage.network.action;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn as SVG on the server, readable without JavaScript. Every text in it comes from
 * people (a territory's or theme's label, an indicator's): all of it is escaped here, since the page prints the SVG
 * as it is. The chart is an image with a title; the table beside it is its text alternative.
 */
public final class BarChart {
    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 220;
    static final int BAR_AREA = 320;
    static final int ROW = 26;
    static final int LABEL_CHARS = 32;

    /** One bar: its label and its value, zero or more. */
    public record Bar(String label, BigDecimal value) {
    }

    private BarChart() {
    }

    /** An SVG element with one bar per value, the longest bar the largest value; {@code id} names its title. */
    public static String svg(String id, String title, String unit, List<Bar> bars) {
        BigDecimal largest = bars.stream().map(Bar::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        int height = ROW * bars.size() + 8;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" role=\"img\" width=\"")
                .append(WIDTH).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" aria-labelledby=\"").append(escape(id)).append("\">")
                .append("<title id=\"").append(escape(id)).append("\">").append(escape(title)).append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = 4 + i * ROW;
            int length = largest.signum() == 0 ? 0 : bar.value().multiply(BigDecimal.valueOf(BAR_AREA))
                    .divide(largest, 0, RoundingMode.HALF_UP).intValue();
            svg.append("<g><title>").append(escape(bar.label())).append(" : ").append(escape(number(bar.value(), unit)))
                    .append("</title>")
                    .append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + ROW / 2 + 4)
                    .append("\" text-anchor=\"end\">").append(escape(shortened(bar.label()))).append("</text>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 3).append("\" width=\"")
                    .append(Math.max(length, 1)).append("\" height=\"").append(ROW - 8).append("\"/>")
                    .append("<text x=\"").append(LABEL_WIDTH + Math.max(length, 1) + 6).append("\" y=\"")
                    .append(y + ROW / 2 + 4).append("\">").append(escape(number(bar.value(), unit))).append("</text></g>");
        }
        return svg.append("</svg>").toString();
    }

    /** A figure as French readers write it: 12 500,5 m. */
    public static String number(BigDecimal value, String unit) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMaximumFractionDigits(2);
        String figure = format.format(value).replace('\u202f', ' ').replace('\u00a0', ' ');
        return unit == null || unit.isBlank() ? figure : figure + " " + unit;
    }

    static String shortened(String label) {
        return label.length() <= LABEL_CHARS ? label : label.substring(0, LABEL_CHARS - 1) + "…";
    }

    /** Text and attribute values alike. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
