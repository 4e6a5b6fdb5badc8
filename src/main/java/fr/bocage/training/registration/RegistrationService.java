package fr.bocage.training.webinar;

import fr.bocage.account.MailQuota;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.platform.Messages;
import fr.bocage.platform.SecretTokens;
import fr.bocage.platform.error.Conflict;
import fr.bocage.platform.error.Gone;
import fr.bocage.platform.error.NotFound;
import fr.bocage.platform.error.TooManyRequests;
import fr.bocage.platform.web.Routes;
import fr.bocage.portal.UiText;
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
 * Registrations to a webinar: pending until the person follows the link e-mailed to the address given, then
 * confirmed while places remain, else on the waiting list; a cancellation gives the place to the first person
 * waiting. Each change locks the webinar's row, so that two people never get the last place, and its e-mails are
 * stored in the same transaction.
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

    @Inject
    RegistrationSettings settings;

    /** A registration that took effect and, for the waiting list, its position. */
    public record Outcome(Registration registration, long position) {

        /** The webinar's page saying so: confirmed, or waiting at this position. */
        public String page() {
            return Routes.webinar(registration.getWebinarId())
                    + (registration.getStatus() == RegistrationStatus.CONFIRMED ? "?inscription=confirmee"
                    : "?inscription=attente&rang=" + position);
        }
    }

    /**
     * A request to register {@code input}'s address. While e-mail confirmation is on (the default), nothing is
     * answered, so that the answer is the same whether the address was registered or not: a new or pending
     * registration is sent the link that confirms it, one that took effect nothing. Off, the place is taken at once.
     *
     * @param client the client's address, for the e-mail quota
     * @return the registration, only when confirmation by e-mail is off
     */
    public Optional<Outcome> register(long webinarId, RegistrationInput input, String client) {
        Resource resource = resources.existing(webinarId);
        Webinar webinar = locked(webinarId);
        Instant now = Instant.now();
        requireOpen(resource, webinar, now);
        // Counted before the address is looked up: a spent quota answers 429 whether it is registered or not.
        quota.takeForEvent(input.email(), client);
        AddressLimit limit = settings.addressLimit();
        registrations.purgePending(now, limit.since(now));
        RegistrationRepository.AddressActivity recent = registrations.ofAddressSince(input.email(), limit.since(now));
        limit.wait(recent.count(), recent.oldest(), now).ifPresent(wait -> {
            throw new TooManyRequests(wait, Messages.format("webinar.registration.address-limit", limit.max(),
                    UiText.dayAndTime(now.plus(wait))));
        });
        Optional<Registration> existing = registrations.byEmail(webinarId, input.email());
        if (!settings.confirmByEmail()) {
            if (existing.isPresent()) {
                throw new Conflict(Messages.get("webinar.registration.duplicate"));
            }
            return Optional.of(place(newRegistration(webinarId, input, now), resource, webinar, now));
        }
        if (existing.isEmpty()) {
            askConfirmation(newRegistration(webinarId, input, now), resource, webinar, now);
        } else if (existing.get().getStatus() == RegistrationStatus.PENDING) {
            existing.get().request(input, now);
            askConfirmation(existing.get(), resource, webinar, now);
        }
        return Optional.empty();
    }

    private Registration newRegistration(long webinarId, RegistrationInput input, Instant now) {
        Registration registration = new Registration(webinarId, now);
        registration.request(input, now);
        registrations.persist(registration);
        return registration;
    }

    /** A new link for a pending registration, valid a day at most, which replaces the one sent before if any. */
    private void askConfirmation(Registration pending, Resource resource, Webinar webinar, Instant now) {
        String token = SecretTokens.next();
        pending.awaitConfirmation(SecretTokens.hash(token), ConfirmationLink.expiry(now, webinar.getStartsAt()));
        mails.confirmationAsked(pending, resource, webinar, token);
    }

    /**
     * The pending registration of a confirmation link's token: 404 for an unknown or spent one, 410 once expired
     * (it is purged later, and a new request sends a new link), 409 once the webinar has started.
     */
    public Registration pending(String token) {
        Registration registration = (validToken(token) ? registrations.pendingByConfirmHash(SecretTokens.hash(
                token.strip())) : Optional.<Registration>empty())
                .orElseThrow(() -> new NotFound(Messages.get("webinar.registration.confirm-token")));
        Instant now = Instant.now();
        if (registration.confirmationExpired(now)) {
            throw new Gone(Messages.get("webinar.registration.confirm-expired"));
        }
        long webinarId = registration.getWebinarId();
        requireOpen(resources.existing(webinarId), em.find(Webinar.class, webinarId), now);
        return registration;
    }

    /** Follows a confirmation link: a place if one is free, else the waiting list, and the e-mail saying which. */
    public Outcome confirm(String token) {
        Webinar webinar = locked(pending(token).getWebinarId());
        // Checked again behind the lock: a link followed twice at once confirms once.
        Registration registration = pending(token);
        return place(registration, resources.existing(webinar.getId()), webinar, Instant.now());
    }

    /** Registrations are taken while the webinar is published and until it starts. */
    private static void requireOpen(Resource resource, Webinar webinar, Instant now) {
        if (!resource.isPublished()) {
            throw new NotFound(Messages.format("webinar.not-found", resource.getId()));
        }
        if (webinar.hasStarted(now)) {
            throw new Conflict(Messages.format("webinar.registration.closed", resource.getId()));
        }
    }

    /** A confirmed place while the capacity allows, else the waiting list; the caller holds the webinar's lock. */
    private Outcome place(Registration registration, Resource resource, Webinar webinar, Instant now) {
        String token = SecretTokens.next();
        registration.register(places(webinar).forNewcomer(), SecretTokens.hash(token), now);
        em.flush();
        long position = registration.getStatus() == RegistrationStatus.WAITING
                ? registrations.positionOf(registration) : 0;
        mails.registered(registration, position, resource, webinar, token);
        return new Outcome(registration, position);
    }

    /**
     * The person's own cancellation, from the link of their e-mail, which takes the event out of their calendar;
     * answers the webinar's id.
     */
    public long cancel(String token) {
        Registration registration = withToken(token);
        Webinar webinar = remove(registration);
        if (!webinar.hasEnded(Instant.now())) {
            mails.cancelled(registration, resources.existing(webinar.getId()), webinar);
        }
        return registration.getWebinarId();
    }

    /** The registration of a personal link's token; 404 for an unknown or spent one. */
    public Registration withToken(String token) {
        return (validToken(token) ? registrations.byTokenHash(SecretTokens.hash(token.strip()))
                : Optional.<Registration>empty())
                .orElseThrow(() -> new NotFound(Messages.get("webinar.registration.token")));
    }

    private static boolean validToken(String token) {
        return token != null && !token.isBlank() && token.length() <= 100;
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
        return registrations.find(registrationId)
                .filter(r -> r.getWebinarId() == webinarId && r.getStatus() != RegistrationStatus.PENDING).orElseThrow(
                () -> new NotFound(Messages.format("webinar.registration.not-found", registrationId)));
    }

    /**
     * A confirmed person leaving before the start frees a place for the first person waiting, if within capacity.
     * Answers the webinar, locked.
     */
    private Webinar remove(Registration registration) {
        Webinar webinar = locked(registration.getWebinarId());
        registrations.remove(registration);
        em.flush();
        if (registration.getStatus() == RegistrationStatus.CONFIRMED && !webinar.hasStarted(Instant.now())) {
            fillFreePlaces(webinar);
        }
        return webinar;
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
        next.promote(SecretTokens.hash(token));
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
