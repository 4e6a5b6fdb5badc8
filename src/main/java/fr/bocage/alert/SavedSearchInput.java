package fr.bocage.alert;

import fr.bocage.platform.VisibleText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A saved search as written by its owner (API body and the account's forms).
 *
 * @param name      what the owner calls it: the digest's subject and the feed's title
 * @param search    the query string of a search page ({@code q=haies&theme=water}); empty for everything published;
 *                  null on an update to keep it
 * @param frequency {@code none}, {@code daily} or {@code weekly}; null is {@code none} on creation, unchanged on update
 */
public record SavedSearchInput(
        @NotBlank(message = "{bocage.alert.name.required}")
        @Size(max = SavedSearch.NAME_LENGTH, message = "{bocage.alert.name.size}")
        @VisibleText(oneLine = true, message = "{bocage.text.one-line}") String name,
        @Size(max = SavedQuery.MAX_LENGTH, message = "{bocage.alert.search.size}") String search,
        @Pattern(regexp = "none|daily|weekly", message = "{bocage.alert.frequency.invalid}") String frequency) {

    /** The form's fields, in its order. */
    static final List<String> FIELDS = List.of("name", "search", "frequency");

    public SavedSearchInput {
        name = name == null ? null : name.strip();
        frequency = frequency == null || frequency.isBlank() ? null : frequency.strip();
    }
}
