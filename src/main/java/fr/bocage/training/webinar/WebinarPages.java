package fr.bocage.training.webinar;

import fr.bocage.account.CurrentUser;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceAccess;
import fr.bocage.catalog.ResourceDescription;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.Vocabularies;
import fr.bocage.catalog.VocabularyKind;
import fr.bocage.platform.security.Caller;
import fr.bocage.portal.UiText;
import fr.bocage.event.material.EventMaterials;
import fr.bocage.event.registration.EventKey;
import fr.bocage.event.registration.Registration;
import fr.bocage.event.registration.RegistrationRepository;
import fr.bocage.event.registration.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Builds the portal's views of webinars: what a visitor, a registrant or the trainer may see of each. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WebinarPages {

    @Inject
    WebinarRepository webinars;

    @Inject
    ResourceRepository resources;

    @Inject
    RegistrationRepository registrations;

    @Inject
    Vocabularies vocabularies;

    @Inject
    EventMaterials materials;

    /** The webinars to come (or past), as {@code caller} may see them, with the theme {@code theme} if given. */
    public List<WebinarCard> list(boolean past, Optional<String> theme, Caller caller) {
        Instant now = Instant.now();
        return (past ? webinars.past(now) : webinars.upcoming(now)).stream()
                .flatMap(w -> resources.find(w.getId()).filter(r -> ResourceAccess.isVisible(r, caller))
                        .filter(r -> theme.map(r.description().themes()::contains).orElse(true))
                        .map(r -> card(r, w, caller, null)).stream())
                .toList();
    }

    public WebinarCard card(Resource r, Webinar w, Caller caller, CurrentUser user) {
        ResourceDescription d = r.description();
        Instant now = Instant.now();
        long confirmed = registrations.count(EventKey.of(w.getId()), RegistrationStatus.CONFIRMED);
        Optional<Registration> mine = user == null || user.getEmail() == null ? Optional.empty()
                : registrations.byEmail(EventKey.of(w.getId()), user.getEmail())
                        .filter(m -> m.getStatus() != RegistrationStatus.PENDING);
        boolean mayJoin = WebinarAccess.runs(r, caller)
                || mine.map(m -> m.getStatus() == RegistrationStatus.CONFIRMED).orElse(false);
        return new WebinarCard(r.getId(), d.title(), d.summary(), UiText.weekdayAndTime(w.getStartsAt()),
                UiText.time(w.getEndsAt()), w.getStartsAt().toString(), w.getDurationMinutes(), w.getSpeakers(),
                w.getSeries(), labels(VocabularyKind.THEME, d.themes()), labels(VocabularyKind.AUDIENCE, d.audiences()),
                d.territory() == null ? null : vocabularies.label(VocabularyKind.TERRITORY, d.territory()),
                w.getCapacity(), Math.max(0, w.getCapacity() - confirmed), r.isPublished() && !w.hasStarted(now),
                w.hasStarted(now) && !w.hasEnded(now), w.hasEnded(now), w.getReplayUrl(), w.getRecap(), materials.of(r.getId(), caller),
                mayJoin && !w.hasEnded(now) ? w.getJoinUrl() : null,
                mine.map(m -> m.getStatus().name().toLowerCase(Locale.ROOT)).orElse(null));
    }

    private List<String> labels(VocabularyKind kind, List<String> codes) {
        return codes.stream().map(c -> vocabularies.label(kind, c)).toList();
    }
}
