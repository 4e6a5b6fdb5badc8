package fr.bocage.portal.form;

import fr.bocage.catalog.MetadataFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * How a portal form names its fields: the order the page shows them in, and the field each validated property
 * lands on ({@code themes} of the description is the form's {@code theme} checkboxes).
 *
 * @param order  field names, or the start of the names of repeated rows, as the page lists them
 * @param naming a property's path ({@code FormErrors.path}) to its field's name
 */
public record FormFields(List<String> order, UnaryOperator<String> naming) {
    private static final Map<String, String> METADATA_NAMES = Map.of("themes", "theme", "audiences", "audience");

    /** The description's fields (metadata-fields.jspf), which the contribution, moderation and training forms show. */
    public static final FormFields METADATA = new FormFields(MetadataFields.NAMES,
            path -> METADATA_NAMES.getOrDefault(path, path));

    /** This form's fields, then {@code more}, named by {@code naming} where it renames and by this form otherwise. */
    public FormFields then(List<String> more, UnaryOperator<String> moreNaming) {
        List<String> all = new ArrayList<>(order);
        all.addAll(more);
        return new FormFields(List.copyOf(all), path -> {
            String renamed = moreNaming.apply(path);
            return renamed.equals(path) ? naming.apply(path) : renamed;
        });
    }

    public String name(String path) {
        return naming.apply(path);
    }
}
