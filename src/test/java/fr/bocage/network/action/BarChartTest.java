package fr.bocage.network.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The results' bar charts: well-formed SVG whose every text from people is escaped, bars in proportion. */
class BarChartTest {

    @Test
    void labelsTitlesAndIdsAreEscapedAndTheSvgIsWellFormed() throws Exception {
        String hostile = "<script>alert('x')</script> & \"Côtes\"";
        String svg = BarChart.svg("chart-\"1", "Haies <b>plantées</b>", "m<", List.of(
                new BarChart.Bar(hostile, new BigDecimal("12500.5")), new BarChart.Bar("Bretagne", BigDecimal.TEN)));

        assertFalse(svg.contains("<script>") || svg.contains("<b>") || svg.contains("'x'"), svg);
        assertTrue(svg.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Côtes&quot;"), svg);
        Document document = parse(svg);
        Element root = document.getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertEquals("img", root.getAttribute("role"));
        assertEquals("chart-\"1", root.getAttribute("aria-labelledby"));
        assertEquals("Haies <b>plantées</b>", document.getElementsByTagName("title").item(0).getTextContent());
        NodeList titles = document.getElementsByTagName("title");
        assertEquals(hostile + " : 12 500,5 m<", titles.item(1).getTextContent(), "each bar says its full label and value");
    }

    @Test
    void theLargestValueGetsTheWholeBarAndTheOthersTheirShare() throws Exception {
        Document document = parse(BarChart.svg("c", "t", null, List.of(new BarChart.Bar("a", new BigDecimal("400")),
                new BarChart.Bar("b", new BigDecimal("100")), new BarChart.Bar("c", BigDecimal.ZERO))));
        NodeList bars = document.getElementsByTagName("rect");
        assertEquals(3, bars.getLength());
        assertEquals(String.valueOf(BarChart.BAR_AREA), ((Element) bars.item(0)).getAttribute("width"));
        assertEquals(String.valueOf(BarChart.BAR_AREA / 4), ((Element) bars.item(1)).getAttribute("width"));
        assertEquals("1", ((Element) bars.item(2)).getAttribute("width"), "zero still shows as a hairline");
    }

    @Test
    void noBarsOrOnlyZerosDrawWithoutDividingByZero() throws Exception {
        assertEquals(0, parse(BarChart.svg("c", "t", "ha", List.of())).getElementsByTagName("rect").getLength());
        assertEquals(1, parse(BarChart.svg("c", "t", "ha", List.of(new BarChart.Bar("a", BigDecimal.ZERO))))
                .getElementsByTagName("rect").getLength());
    }

    @Test
    void longLabelsAreShortenedOnTheChartButWholeInTheirTitle() {
        String label = "Communauté de communes du Pays de Landerneau-Daoulas";
        String svg = BarChart.svg("c", "t", null, List.of(new BarChart.Bar(label, BigDecimal.ONE)));
        assertTrue(svg.contains(">" + label + " : 1</title>"), svg);
        assertTrue(svg.contains(">" + label.substring(0, BarChart.LABEL_CHARS - 1) + "…</text>"), svg);
    }

    @Test
    void numbersAreWrittenAsFrenchReadersDo() {
        assertEquals("12 500,5 m", BarChart.number(new BigDecimal("12500.50"), "m"));
        assertEquals("3", BarChart.number(new BigDecimal("3"), null));
        assertEquals("1 234 567", BarChart.number(new BigDecimal("1234567"), " "));
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
