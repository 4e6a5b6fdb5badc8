package fr.bocage.network.membership;

import jakarta.validation.constraints.Size;

/** An animator's message with their decision, sent to the person in the e-mail; optional. */
public record DecisionInput(@Size(max = 2000, message = "{bocage.membership.message.size}") String message) {
}
