package fr.bocage.network.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** What an action produced: a resource of the catalogue, of the type its kind says, by id. */
@Embeddable
public class Output {
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private OutputKind kind;

    @Column(name = "RESOURCE_ID", nullable = false)
    private Long resourceId;

    protected Output() {
    }

    Output(OutputKind kind, long resourceId) {
        this.kind = kind;
        this.resourceId = resourceId;
    }

    public OutputKind getKind() {
        return kind;
    }

    public long getResourceId() {
        return resourceId;
    }
}
