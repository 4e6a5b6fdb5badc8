package fr.bocage.network.action;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** The value an action reports for one indicator of the catalogue and one year. */
@Embeddable
public class IndicatorValue {

    @Column(name = "INDICATOR_CODE", nullable = false, length = 60)
    private String indicator;

    @Column(name = "VALUE_YEAR", nullable = false)
    private int year;

    @Column(name = "AMOUNT", nullable = false, precision = 16, scale = 2)
    private BigDecimal amount;

    protected IndicatorValue() {
    }

    IndicatorValue(String indicator, int year, BigDecimal amount) {
        this.indicator = indicator;
        this.year = year;
        this.amount = amount;
    }

    public String getIndicator() {
        return indicator;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
