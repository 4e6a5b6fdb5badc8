package fr.bocage.network.action;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** How an indicator's values add up: the rule of each aggregation on a group's sum, max and count. */
class AggregationTest {
    private static final ResultsRow GROUP = new ResultsRow("hedges-planted-m", "bretagne", new BigDecimal("1200.00"),
            new BigDecimal("800.50"), 3);

    @Test
    void sumIsTheTotalOfTheValues() {
        assertEquals(new BigDecimal("1200"), GROUP.figure(Aggregation.SUM));
        assertEquals("1200", GROUP.figure(Aggregation.SUM).toPlainString(), "no exponent once the zeros are gone");
    }

    @Test
    void maxIsTheLargestValue() {
        assertEquals(new BigDecimal("800.5"), GROUP.figure(Aggregation.MAX));
    }

    @Test
    void countIsTheNumberOfActionsThatReportedAValueWhateverTheValues() {
        assertEquals(BigDecimal.valueOf(3), GROUP.figure(Aggregation.COUNT));
        assertEquals(BigDecimal.ONE, new ResultsRow("communes-engaged", null, new BigDecimal("12"),
                new BigDecimal("12"), 1).figure(Aggregation.COUNT), "one action saying 12 communes counts once");
    }

    @Test
    void zeroStaysZero() {
        assertEquals("0", new ResultsRow("ponds-created", null, new BigDecimal("0.00"), new BigDecimal("0.00"), 1)
                .figure(Aggregation.SUM).toPlainString());
    }
}
