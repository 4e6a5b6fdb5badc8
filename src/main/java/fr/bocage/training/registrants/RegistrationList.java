package fr.bocage.training.registrants;

import fr.bocage.training.webinar.Registration;
import fr.bocage.training.webinar.RegistrationRepository;
import fr.bocage.training.webinar.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** A webinar's registrations in order, the waiting ones numbered from 1. */
@ApplicationScoped
public class RegistrationList {

    @Inject
    RegistrationRepository registrations;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RegistrationView> of(long webinarId) {
        List<RegistrationView> views = new ArrayList<>();
        long waiting = 0;
        for (Registration r : registrations.of(webinarId)) {
            Long position = r.getStatus() == RegistrationStatus.WAITING ? ++waiting : null;
            views.add(RegistrationView.of(r, position));
        }
        return views;
    }
}
