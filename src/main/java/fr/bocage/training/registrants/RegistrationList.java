package fr.bocage.training.registrants;

import fr.bocage.event.registration.EventKey;
import fr.bocage.event.registration.Registration;
import fr.bocage.event.registration.RegistrationRepository;
import fr.bocage.event.registration.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** An event's registrations in order, the waiting ones numbered from 1. */
@ApplicationScoped
public class RegistrationList {

    @Inject
    RegistrationRepository registrations;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RegistrationView> of(EventKey event) {
        List<RegistrationView> views = new ArrayList<>();
        long waiting = 0;
        for (Registration r : registrations.of(event)) {
            Long position = r.getStatus() == RegistrationStatus.WAITING ? ++waiting : null;
            views.add(RegistrationView.of(r, position));
        }
        return views;
    }
}
