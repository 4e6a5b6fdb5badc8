package fr.bocage.network.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An indicator of the catalogue: what actions report values of, and how those values add up. */
@Entity
@Table(name = "NETWORK_INDICATOR")
@NamedQuery(name = Indicator.ALL, query = "SELECT i FROM Indicator i ORDER BY i.position, i.code")
public class Indicator {
    static final String ALL = "Indicator.all";

    @Id
    @Column(length = 60)
    private String code;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(length = 30)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Aggregation aggregation;

    @Column(nullable = false)
    private int position;

    protected Indicator() {
    }

    Indicator(String code, String label, String unit, Aggregation aggregation, int position) {
        this.code = code;
        this.position = position;
        describe(label, unit, aggregation);
    }

    void describe(String newLabel, String newUnit, Aggregation newAggregation) {
        label = newLabel;
        unit = newUnit;
        aggregation = newAggregation;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public String getUnit() {
        return unit;
    }

    public Aggregation getAggregation() {
        return aggregation;
    }
}
