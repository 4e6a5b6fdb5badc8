package fr.bocage.event.registration;

import fr.bocage.account.MailQuota;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.platform.Messages;
import fr.bocage.platform.SecretTokens;
import fr.bocage.platform.error.Conflict;
import fr.bocage.platform.error.Gone;
import fr.bocage.platform.error.NotFound;
import fr.bocage.platform.error.TooManyRequests;
import fr.bocage.portal.UiText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Registrations to an event (a webinar, a course session: {@link RegisteredEvent}): pending until the person
 * follows the link e-mailed to the address given, then confirmed while places remain, else on the waiting list; a
 * cancellation gives the place to the first person waiting. Each change locks the event's row, so that two people
 * never get the last place, and its e-mails are stored in the same transaction.
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

    @Inject
    Instance<RegisteredEvents> kinds;

    /** A registration that took effect and, for the waiting list, its position. */
    public record Outcome(Registration registration, long position, String eventPage) {

        /** The event's page saying so: confirmed, or waiting at this position. */
        public String page() {
            String anchor = registration.event().session() == EventKey.WHOLE ? ""
                    : "&session=" + registration.event().session();
            return eventPage + (registration.getStatus() == RegistrationStatus.CONFIRMED
                    ? "?inscription=confirmee" + anchor : "?inscription=attente&rang=" + position + anchor);
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
    public Optional<Outcome> register(EventKey key, RegistrationInput input, String client) {
        Resource resource = resources.existing(key.resource());
        RegisteredEvent event = locked(key);
        Instant now = Instant.now();
        requireOpen(resource, event, now);
        // Counted before the address is looked up: a spent quota answers 429 whether it is registered or not.
        quota.takeForEvent(input.email(), client);
        AddressLimit limit = settings.addressLimit();
        registrations.purgePending(now, limit.since(now));
        RegistrationRepository.AddressActivity recent = registrations.ofAddressSince(input.email(), limit.since(now));
        limit.wait(recent.count(), recent.oldest(), now).ifPresent(wait -> {
            throw new TooManyRequests(wait, Messages.format("webinar.registration.address-limit", limit.max(),
                    UiText.dayAndTime(now.plus(wait))));
        });
        Optional<Registration> existing = registrations.byEmail(key, input.email());
        if (!settings.confirmByEmail()) {
            if (existing.isPresent()) {
                throw new Conflict(Messages.get(event.messages() + ".registration.duplicate"));
            }
            return Optional.of(place(newRegistration(key, input, now), event, now));
        }
        if (existing.isEmpty()) {
            askConfirmation(newRegistration(key, input, now), event, now);
        } else if (existing.get().getStatus() == RegistrationStatus.PENDING) {
            existing.get().request(input, now);
            askConfirmation(existing.get(), event, now);
        }
        return Optional.empty();
    }

    private Registration newRegistration(EventKey key, RegistrationInput input, Instant now) {
        Registration registration = new Registration(key, now);
        registration.request(input, now);
        registrations.persist(registration);
        return registration;
    }

    /** A new link for a pending registration, valid a day at most, which replaces the one sent before if any. */
    private void askConfirmation(Registration pending, RegisteredEvent event, Instant now) {
        String token = SecretTokens.next();
        pending.awaitConfirmation(SecretTokens.hash(token), ConfirmationLink.expiry(now, event.startsAt()));
        mails.confirmationAsked(pending, event, token);
    }

    /**
     * The pending registration of a confirmation link's token: 404 for an unknown or spent one, 410 once expired
     * (it is purged later, and a new request sends a new link), 409 once the event has started.
     */
    public Registration pending(String token) {
        Registration registration = (validToken(token) ? registrations.pendingByConfirmHash(SecretTokens.hash(
                token.strip())) : Optional.<Registration>empty())
                .orElseThrow(() -> new NotFound(Messages.get("webinar.registration.confirm-token")));
        Instant now = Instant.now();
        if (registration.confirmationExpired(now)) {
            throw new Gone(Messages.get("webinar.registration.confirm-expired"));
        }
        requireOpen(resources.existing(registration.getResourceId()), event(registration.event(), false), now);
        return registration;
    }

    /** Follows a confirmation link: a place if one is free, else the waiting list, and the e-mail saying which. */
    public Outcome confirm(String token) {
        RegisteredEvent event = locked(pending(token).event());
        // Checked again behind the lock: a link followed twice at once confirms once.
        Registration registration = pending(token);
        return place(registration, event, Instant.now());
    }

    /** Registrations are taken while the event's resource is published and until it starts. */
    private static void requireOpen(Resource resource, RegisteredEvent event, Instant now) {
        if (!resource.isPublished()) {
            throw new NotFound(Messages.format(event.messages() + ".not-found", resource.getId()));
        }
        if (!now.isBefore(event.startsAt())) {
            throw new Conflict(Messages.format(event.messages() + ".registration.closed", resource.getId()));
        }
    }

    /** A confirmed place while the capacity allows, else the waiting list; the caller holds the event's lock. */
    private Outcome place(Registration registration, RegisteredEvent event, Instant now) {
        String token = SecretTokens.next();
        registration.register(places(event).forNewcomer(), SecretTokens.hash(token), now);
        em.flush();
        long position = registration.getStatus() == RegistrationStatus.WAITING
                ? registrations.positionOf(registration) : 0;
        mails.registered(registration, position, event, token);
        return new Outcome(registration, position, event.page());
    }

    /**
     * The person's own cancellation, from the link of their e-mail, which takes the event out of their calendar;
     * answers the event.
     */
    public EventKey cancel(String token) {
        Registration registration = withToken(token);
        RegisteredEvent event = remove(registration);
        if (Instant.now().isBefore(event.endsAt())) {
            mails.cancelled(registration, event);
        }
        return event.key();
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

    /** Erasure on request, by the event's trainer or an administrator (checked by the caller). */
    public void erase(EventKey key, long registrationId) {
        remove(existing(key, registrationId));
    }

    public Registration markAttendance(EventKey key, long registrationId, boolean attended) {
        Registration registration = existing(key, registrationId);
        registration.markAttendance(attended);
        return registration;
    }

    private Registration existing(EventKey key, long registrationId) {
        return registrations.find(registrationId)
                .filter(r -> r.event().equals(key) && r.getStatus() != RegistrationStatus.PENDING).orElseThrow(
                () -> new NotFound(Messages.format("webinar.registration.not-found", registrationId)));
    }

    /**
     * A confirmed person leaving before the start frees a place for the first person waiting, if within capacity.
     * Answers the event, locked.
     */
    private RegisteredEvent remove(Registration registration) {
        RegisteredEvent event = locked(registration.event());
        registrations.remove(registration);
        em.flush();
        if (registration.getStatus() == RegistrationStatus.CONFIRMED && Instant.now().isBefore(event.startsAt())) {
            fillFreePlaces(event);
        }
        return event;
    }

    private Places places(RegisteredEvent event) {
        return new Places(event.capacity(), registrations.count(event.key(), RegistrationStatus.CONFIRMED));
    }

    /** Gives the places the capacity allows to the people waiting, in order; answers who got one. */
    private List<Registration> fillFreePlaces(RegisteredEvent event) {
        List<Registration> promoted = new ArrayList<>();
        for (long free = places(event).toPromote(); free > 0; free--) {
            Optional<Registration> next = registrations.firstWaiting(event.key());
            if (next.isEmpty()) {
                break;
            }
            promote(next.get(), event);
            promoted.add(next.get());
            em.flush();
        }
        return promoted;
    }

    /**
     * After a trainer's change: places added by a larger capacity go to the people waiting, in order; when the time
     * changed, everybody still registered is told, with the updated invitation. A smaller capacity never takes a
     * confirmed place back. The caller holds the event's lock ({@link #locked}).
     */
    public void rescheduled(RegisteredEvent event, boolean timeChanged) {
        Instant now = Instant.now();
        List<Registration> promoted = now.isBefore(event.startsAt()) ? fillFreePlaces(event) : List.of();
        if (timeChanged && now.isBefore(event.endsAt())) {
            registrations.of(event.key()).stream().filter(r -> !promoted.contains(r))
                    .forEach(r -> mails.rescheduled(r, event));
        }
    }

    /**
     * The event is called off (its resource deleted, a session removed): its registrations are erased and, before
     * its end, those who had taken effect are told, the entry struck out of their calendars. The caller holds the
     * event's lock.
     */
    public void calledOff(RegisteredEvent event) {
        boolean tell = Instant.now().isBefore(event.endsAt());
        for (Registration registration : registrations.allOf(event.key())) {
            if (tell && registration.getStatus() != RegistrationStatus.PENDING) {
                mails.calledOff(registration, event);
            }
            registrations.remove(registration);
        }
    }

    private void promote(Registration next, RegisteredEvent event) {
        String token = SecretTokens.next();
        next.promote(SecretTokens.hash(token));
        mails.promoted(next, event, token);
    }

    /** The event, its row locked until the transaction ends: registrations and changes of it queue up behind. */
    public RegisteredEvent locked(EventKey key) {
        return event(key, true);
    }

    /** The event of {@code key}, among those each kind's package provides; 404 when none knows it. */
    public RegisteredEvent event(EventKey key, boolean lock) {
        for (RegisteredEvents kind : kinds) {
            Optional<RegisteredEvent> event = kind.find(key, lock);
            if (event.isPresent()) {
                return event.get();
            }
        }
        throw new NotFound(Messages.format("registration.event.not-found", key.resource()));
    }
}
