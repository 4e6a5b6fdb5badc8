package fr.bocage.portal.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The one rule of the views, so that stored markup cannot come back (issues 12 #1 and 21 #8): every value a view
 * prints goes through {@code <c:out>}, {@code ${fn:escapeXml(…)}} or {@code <ui:param>}, in text and in attributes
 * alike. {@code <fmt:param>} does not escape and is not used. What this test accepts besides: literals, a choice
 * between literals, and the few values that are HTML made safe by the code that builds them ({@link #SAFE_HTML}).
 */
class ViewEscapingTest {
    private static final Path WEB_INF = Path.of("src", "main", "webapp", "WEB-INF");
    /**
     * Built as HTML by Java code that escapes what it takes from people (snippets, JSON-LD), or that keeps only what
     * the OWASP sanitiser's policy allows (a news body, network.news.NewsBody).
     */
    private static final Set<String> SAFE_HTML = Set.of("${hit.snippet}", "${card.snippet}", "${page.jsonLd}",
            "${chart.svg}", "${page.bodyHtml}", "${page.previewHtml}");
    private static final Pattern LITERAL = Pattern.compile("\\$\\{\\s*'[^']*'\\s*}");
    private static final Pattern CHOICE_OF_LITERALS = Pattern.compile("\\$\\{(?:[^?']|'[^']*')*\\?\\s*'[^']*'\\s*:\\s*'[^']*'\\s*}");
    private static final Pattern ESCAPED = Pattern.compile("\\$\\{\\s*fn:escapeXml\\(.*\\)\\s*}");

    @Test
    void everyPrintedValueIsEscaped() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path view : views()) {
            String text = Files.readString(view, StandardCharsets.UTF_8);
            for (Printed printed : printedExpressions(text)) {
                if (!acceptable(printed.expression())) {
                    offences.add(WEB_INF.relativize(view) + ":" + printed.line() + " " + printed.expression());
                }
            }
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains("fmt:param") || lines[i].contains("escapeXml=\"false\"")) {
                    offences.add(WEB_INF.relativize(view) + ":" + (i + 1) + " " + lines[i].strip());
                }
            }
        }
        assertEquals(List.of(), offences, "print values with <c:out>, ${fn:escapeXml(…)} or <ui:message>/<ui:param>");
    }

    @Test
    void theScannerSeesTextAndAttributesButNotActions() {
        String view = "<%-- ${comment} --%><p class=\"s-${a}\" ${b ? 'x' : 'y'}>${c} ${fn:escapeXml(d)}</p>"
                + "<c:if test=\"${e > 1}\"><c:out value=\"${f}\"/></c:if><a href=\"${g}\">${' '}</a>"
                + "<input<c:if test=\"${h}\"> required</c:if> ${i eq 'j' ? 'k' : ''}>";
        List<String> printed = printedExpressions(view).stream().map(Printed::expression).toList();
        assertEquals(List.of("${a}", "${b ? 'x' : 'y'}", "${c}", "${fn:escapeXml(d)}", "${g}", "${' '}",
                "${i eq 'j' ? 'k' : ''}"), printed);
        assertEquals(List.of("${a}", "${c}", "${g}"), printed.stream().filter(e -> !acceptable(e)).toList());
    }

    private static boolean acceptable(String expression) {
        return SAFE_HTML.contains(expression) || LITERAL.matcher(expression).matches()
                || CHOICE_OF_LITERALS.matcher(expression).matches() || ESCAPED.matcher(expression).matches();
    }

    private static List<Path> views() throws IOException {
        try (Stream<Path> files = Files.walk(WEB_INF)) {
            return files.filter(p -> p.toString().matches(".*\\.(jsp|jspf|tag)$")).sorted().toList();
        }
    }

    record Printed(int line, String expression) {
    }

    /** The expressions that reach the page: in template text and in HTML attributes, not in the actions' attributes. */
    static List<Printed> printedExpressions(String view) {
        List<Printed> printed = new ArrayList<>();
        int i = 0;
        while (i < view.length()) {
            if (view.startsWith("<%--", i)) {
                int end = view.indexOf("--%>", i);
                i = end < 0 ? view.length() : end + 4;
            } else if (view.startsWith("${", i) || view.startsWith("#{", i)) {
                int end = endOfExpression(view, i);
                printed.add(new Printed(lineOf(view, i), view.substring(i, end)));
                i = end;
            } else if (view.charAt(i) == '<' && i + 1 < view.length()
                    && (Character.isLetter(view.charAt(i + 1)) || view.charAt(i + 1) == '%')) {
                i = tag(view, i, printed);
            } else {
                i++;
            }
        }
        return printed;
    }

    /** Reads a tag up to its end; an HTML element's expressions are printed, a JSP action's are not. */
    private static int tag(String view, int start, List<Printed> printed) {
        int i = start + 1;
        while (i < view.length() && !Character.isWhitespace(view.charAt(i)) && view.charAt(i) != '>'
                && view.charAt(i) != '/') {
            i++;
        }
        String name = view.substring(start + 1, i);
        boolean action = name.contains(":") || name.startsWith("%");
        while (i < view.length() && view.charAt(i) != '>') {
            if (view.charAt(i) == '<' && i + 1 < view.length() && view.charAt(i + 1) == '/') {
                // the end of an action nested in the element's attributes, as in <input<c:if …> required</c:if>>
                i = view.indexOf('>', i) + 1;
            } else if (view.charAt(i) == '<') {
                i = tag(view, i, printed);
            } else if (view.startsWith("${", i) || view.startsWith("#{", i)) {
                int end = endOfExpression(view, i);
                if (!action) {
                    printed.add(new Printed(lineOf(view, i), view.substring(i, end)));
                }
                i = end;
            } else {
                i++;
            }
        }
        return i + 1;
    }

    private static int endOfExpression(String view, int start) {
        int depth = 0;
        char quote = 0;
        for (int i = start + 2; i < view.length(); i++) {
            char c = view.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    return i + 1;
                }
                depth--;
            }
        }
        return view.length();
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
