package fr.bocage.training.webinar;

import fr.bocage.account.MailQuota;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.platform.Messages;
import fr.bocage.platform.SecretTokens;
import fr.bocage.platform.error.Conflict;
import fr.bocage.platform.error.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Registrations to a webinar: confirmed while places remain, then on the waiting list; a cancellation gives the
 * place to the first person waiting. Each change locks the webinar's row, so that two people never get the last
 * place, and its e-mails are stored in the same transaction.
 */
@ApplicationScoped
@Transactional
public class RegistrationService {

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    @Inject
    RegistrationRepository registrations;

    @Inject
    ResourceRepository resources;

    @Inject
    RegistrationMails mails;

    @Inject
    MailQuota quota;

    /** A registration and, for the waiting list, its position. */
    public record Outcome(Registration registration, long position) {
    }

    public Outcome register(long webinarId, RegistrationInput input, String client) {
        Resource resource = resources.existing(webinarId);
        if (!resource.isPublished()) {
            throw new NotFound(Messages.format("webinar.not-found", webinarId));
        }
        Webinar webinar = locked(webinarId);
        Instant now = Instant.now();
        if (webinar.hasStarted(now)) {
            throw new Conflict(Messages.format("webinar.registration.closed", webinarId));
        }
        // Counted before the address is looked up: a spent quota answers 429 whether it is registered or not.
        quota.takeForEvent(input.email(), client);
        if (registrations.exists(webinarId, input.email())) {
            throw new Conflict(Messages.get("webinar.registration.duplicate"));
        }
        RegistrationStatus status = places(webinar).forNewcomer();
        String token = SecretTokens.next();
        Registration registration = new Registration(webinarId, input, status, SecretTokens.hash(token), now);
        registrations.persist(registration);
        long position = status == RegistrationStatus.WAITING ? registrations.positionOf(registration) : 0;
        mails.registered(registration, position, resource, webinar, token);
        return new Outcome(registration, position);
    }

    /** The person's own cancellation, from the link of their e-mail; answers the webinar's id. */
    public long cancel(String token) {
        Registration registration = withToken(token);
        remove(registration);
        return registration.getWebinarId();
    }

    /** The registration of a personal link's token; 404 for an unknown or spent one. */
    public Registration withToken(String token) {
        return (token == null || token.isBlank() || token.length() > 100 ? Optional.<Registration>empty()
                : registrations.byTokenHash(SecretTokens.hash(token.strip())))
                .orElseThrow(() -> new NotFound(Messages.get("webinar.registration.token")));
    }

    /** Erasure on request, by the webinar's trainer or an administrator (checked by the caller). */
    public void erase(long webinarId, long registrationId) {
        remove(existing(webinarId, registrationId));
    }

    public Registration markAttendance(long webinarId, long registrationId, boolean attended) {
        Registration registration = existing(webinarId, registrationId);
        registration.markAttendance(attended);
        return registration;
    }

    private Registration existing(long webinarId, long registrationId) {
        return registrations.find(registrationId).filter(r -> r.getWebinarId() == webinarId).orElseThrow(
                () -> new NotFound(Messages.format("webinar.registration.not-found", registrationId)));
    }

    /** A confirmed person leaving before the start frees a place for the first person waiting, if within capacity. */
    private void remove(Registration registration) {
        Webinar webinar = locked(registration.getWebinarId());
        registrations.remove(registration);
        em.flush();
        if (registration.getStatus() == RegistrationStatus.CONFIRMED && !webinar.hasStarted(Instant.now())) {
            fillFreePlaces(webinar);
        }
    }

    private Places places(Webinar webinar) {
        return new Places(webinar.getCapacity(), registrations.count(webinar.getId(), RegistrationStatus.CONFIRMED));
    }

    /** Gives the places the capacity allows to the people waiting, in order; answers who got one. */
    private List<Registration> fillFreePlaces(Webinar webinar) {
        List<Registration> promoted = new ArrayList<>();
        for (long free = places(webinar).toPromote(); free > 0; free--) {
            Optional<Registration> next = registrations.firstWaiting(webinar.getId());
            if (next.isEmpty()) {
                break;
            }
            promote(next.get(), webinar);
            promoted.add(next.get());
            em.flush();
        }
        return promoted;
    }

    /**
     * After a trainer's change: places added by a larger capacity go to the people waiting, in order; when the time
     * changed, everybody still registered is told, with the updated invitation. A smaller capacity never takes a
     * confirmed place back. The caller holds the webinar's lock ({@link #locked}).
     */
    void rescheduled(Resource resource, Webinar webinar, boolean timeChanged) {
        List<Registration> promoted = webinar.hasStarted(Instant.now()) ? List.of() : fillFreePlaces(webinar);
        if (timeChanged && !webinar.hasEnded(Instant.now())) {
            registrations.of(webinar.getId()).stream().filter(r -> !promoted.contains(r))
                    .forEach(r -> mails.rescheduled(r, resource, webinar));
        }
    }

    private void promote(Registration next, Webinar webinar) {
        String token = SecretTokens.next();
        next.confirm(SecretTokens.hash(token));
        mails.promoted(next, resources.existing(webinar.getId()), webinar, token);
    }

    /** The webinar's row, locked until the transaction ends: registrations and changes of it queue up behind. */
    Webinar locked(long webinarId) {
        Webinar webinar = em.find(Webinar.class, webinarId, LockModeType.PESSIMISTIC_WRITE);
        if (webinar == null) {
            throw new NotFound(Messages.format("webinar.not-found", webinarId));
        }
        return webinar;
    }
}
