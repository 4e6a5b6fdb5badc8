package fr.bocage.portal.harvest;

import fr.bocage.catalog.StringListConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * What stays of a deleted resource that harvesters could have seen (V27): its id, the sets it was in and when it went,
 * so that OAI-PMH answers it as a deleted record for ever (deletedRecord: persistent) instead of forgetting it.
 */
@Entity
@Table(name = "RESOURCE_TOMBSTONE")
public class ResourceTombstone {

    @Id
    @Column(name = "RESOURCE_ID")
    private Long resourceId;

    @Column(length = 80)
    private String type;

    @Convert(converter = StringListConverter.class)
    @Column(length = 2000)
    private List<String> themes = List.of();

    @Column(nullable = false)
    private Instant deletedAt;

    protected ResourceTombstone() {
    }

    ResourceTombstone(long resourceId, String type, List<String> themes, Instant deletedAt) {
        this.resourceId = resourceId;
        this.type = type;
        this.themes = List.copyOf(themes);
        this.deletedAt = deletedAt;
    }
}
