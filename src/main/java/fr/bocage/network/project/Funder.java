package fr.bocage.network.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who funds a project, and at which rate of its budget, in percent (null when not told). */
@Embeddable
public class Funder {
    @Column(name = "NAME", nullable = false, length = 300)
    private String name;

    @Column(name = "RATE")
    private Integer rate;

    protected Funder() {
    }

    Funder(String name, Integer rate) {
        this.name = name;
        this.rate = rate;
    }

    public String getName() {
        return name;
    }

    public Integer getRate() {
        return rate;
    }
}
