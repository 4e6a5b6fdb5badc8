package fr.bocage.training.registrants;

import fr.bocage.platform.rest.ApiNames;
import fr.bocage.event.registration.Registration;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** A registration as its webinar's trainer and the administrators see it; the position only on the waiting list. */
@JsonbPropertyOrder({"id", "name", "email", "organisation", "status", "position", "registeredAt", "consentAt", "attended"})
public record RegistrationView(long id, String name, String email, String organisation, String status,
        Long position, Instant registeredAt, Instant consentAt, Boolean attended) {

    static RegistrationView of(Registration r, Long position) {
        return new RegistrationView(r.getId(), r.getName(), r.getEmail(), r.getOrganisation(),
                ApiNames.of(r.getStatus()), position, r.getRegisteredAt(), r.getConsentAt(), r.getAttended());
    }
}
