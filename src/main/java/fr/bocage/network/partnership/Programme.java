package fr.bocage.network.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A national or European programme (Interreg Europe, LIFE, FEDER…) that funds partnerships: not a resource of its
 * own, since it is not contributed nor moderated, but a page that gathers its partnerships.
 */
@Entity
@Table(name = "PROGRAMME")
@NamedQuery(name = Programme.ALL, query = "SELECT p FROM Programme p ORDER BY p.name")
public class Programme {
    static final String ALL = "Programme.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 300)
    private String name;

    /** The fund or funder as people name it: « Interreg Europe », « LIFE », « Région Hauts-de-France ». */
    @Column(nullable = false, length = 200)
    private String funder;

    private Integer startYear;

    private Integer endYear;

    @Column(length = 10000)
    private String description;

    @Column(length = 2000)
    private String website;

    @Column(nullable = false)
    private Instant updatedAt = Instant.now();

    protected Programme() {
    }

    Programme(ProgrammeInput input) {
        describe(input);
    }

    void describe(ProgrammeInput input) {
        name = input.name();
        funder = input.funder();
        startYear = input.startYear();
        endYear = input.endYear();
        description = input.description();
        website = input.website();
        updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getFunder() {
        return funder;
    }

    public Integer getStartYear() {
        return startYear;
    }

    public Integer getEndYear() {
        return endYear;
    }

    public String getDescription() {
        return description;
    }

    public String getWebsite() {
        return website;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
