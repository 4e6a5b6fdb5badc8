package fr.bocage.event.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How webinar registrations are taken, overridable by configuration. */
@ApplicationScoped
public class RegistrationSettings {

    /**
     * Whether a registration waits for the person to follow an e-mailed link ({@code BOCAGE_WEBINAR_CONFIRM_BY_EMAIL});
     * off, a place is taken at once and an address already registered is refused, as before.
     */
    @Inject
    @ConfigProperty(name = "bocage.webinar.confirm-by-email", defaultValue = "true")
    boolean confirmByEmail;

    /** Registrations one address may ask for within a day ({@code BOCAGE_WEBINAR_REGISTRATIONS_PER_ADDRESS}). */
    @Inject
    @ConfigProperty(name = "bocage.webinar.registrations-per-address", defaultValue = "5")
    int perAddress;

    boolean confirmByEmail() {
        return confirmByEmail;
    }

    AddressLimit addressLimit() {
        return new AddressLimit(perAddress, AddressLimit.DAY);
    }
}
