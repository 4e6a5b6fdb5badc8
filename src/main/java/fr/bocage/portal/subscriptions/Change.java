package fr.bocage.portal.subscriptions;

import java.util.List;
import java.util.Map;

/**
 * A posted form of a section: its action, its fields, and whether a destructive action was confirmed already
 * ({@link fr.bocage.platform.web.Confirmation}).
 */
public record Change(String action, Map<String, List<String>> fields, boolean confirmed) {

    public Change {
        fields = Map.copyOf(fields);
    }

    /** The field's first value, or null. */
    public String field(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Every value of a repeated field (ticked boxes); none when absent. */
    public List<String> values(String name) {
        return fields.getOrDefault(name, List.of());
    }
}
