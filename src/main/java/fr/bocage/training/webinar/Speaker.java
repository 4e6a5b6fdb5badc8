package fr.bocage.training.webinar;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Who speaks at a webinar: a name and, optionally, the organisation they speak for. */
@Embeddable
@JsonbPropertyOrder({"name", "organisation"})
public class Speaker {
    @NotBlank(message = "{bocage.speaker.name.required}")
    @Size(max = 200, message = "{bocage.name.size}")
    @Column(length = 200, nullable = false)
    private String name;

    @Size(max = 300, message = "{bocage.name.size}")
    @Column(length = 300)
    private String organisation;

    public Speaker() {
    }

    public Speaker(String name, String organisation) {
        this.name = name;
        this.organisation = organisation;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
    }

    /** How a speaker reads in texts: « Name (Organisation) ». */
    @Override
    public String toString() {
        return organisation == null ? name : name + " (" + organisation + ")";
    }
}
