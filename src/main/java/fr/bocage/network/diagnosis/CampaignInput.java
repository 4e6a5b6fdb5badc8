package fr.bocage.network.diagnosis;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A campaign as a client sends it: the questionnaire version it opens, its title and its dates (AAAA-MM-JJ). */
public record CampaignInput(
        @NotNull(message = "{bocage.diagnosis.campaign.questionnaire.required}") Long questionnaire,
        @NotBlank(message = "{bocage.diagnosis.campaign.title.required}")
        @Size(max = 200, message = "{bocage.diagnosis.title.size}") String title,
        @NotNull(message = "{bocage.diagnosis.campaign.opens.required}") LocalDate opensOn,
        @NotNull(message = "{bocage.diagnosis.campaign.closes.required}") LocalDate closesOn) {
    public CampaignInput {
        title = title == null ? null : title.strip();
    }
}
