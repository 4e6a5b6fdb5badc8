package fr.bocage.network.project;

import fr.bocage.catalog.MetadataLimits;
import fr.bocage.platform.VisibleText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A document shared in a project's space: its title, the file aside. */
public record DocumentInput(
        @NotBlank(message = "{bocage.project.document.title.required}")
        @Size(max = MetadataLimits.TITLE, message = "{bocage.title.size}")
        @VisibleText(oneLine = true, message = "{bocage.text.one-line}") String title) {

    public DocumentInput {
        title = title == null ? null : title.strip();
    }
}
