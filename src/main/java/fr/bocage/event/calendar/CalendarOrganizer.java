package fr.bocage.event.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The organiser every calendar names: the site's sending address, as the e-mails carrying invitations come from it.
 * iTIP (RFC 5546) requires one ORGANIZER in each PUBLISH and CANCEL event.
 */
@ApplicationScoped
public class CalendarOrganizer {

    @Inject
    @ConfigProperty(name = "mail.from") // the mail session's sender, shared with the outbox
    String from;

    public EventCalendar.Address address() {
        try {
            InternetAddress address = new InternetAddress(from, true);
            return new EventCalendar.Address(address.getAddress(), address.getPersonal());
        } catch (AddressException e) {
            throw new IllegalStateException("mail.from n'est pas une adresse : " + from, e);
        }
    }
}
