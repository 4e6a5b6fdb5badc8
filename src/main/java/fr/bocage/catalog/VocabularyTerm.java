package fr.bocage.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

@Entity
@Table(name = "VOCABULARY_TERM", uniqueConstraints = @UniqueConstraint(columnNames = {"KIND", "CODE"}))
@NamedQuery(name = VocabularyTerm.ALL, query = "SELECT t FROM VocabularyTerm t ORDER BY t.kind, t.position, t.id")
public class VocabularyTerm {
    static final String ALL = "VocabularyTerm.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private VocabularyKind kind;

    @Column(name = "CODE", nullable = false, length = 80)
    private String code;

    @Column(nullable = false, length = 200)
    private String label;

    private int position;

    protected VocabularyTerm() {
    }

    public VocabularyTerm(VocabularyKind kind, String code, String label, int position) {
        this.kind = kind;
        this.code = code;
        this.label = label;
        this.position = position;
    }

    public VocabularyKind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public int getPosition() {
        return position;
    }
}
