package fr.bocage.network.news;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceAccess;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.ResourceService;
import fr.bocage.catalog.ResourceStatus;
import fr.bocage.ingest.StagedFile;
import fr.bocage.network.membership.MembersOnly;
import fr.bocage.network.membership.Networks;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.Forbidden;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * Writing news: the resource and its news row change in one transaction. Like any contribution, a contributor's or an
 * animator's item is their draft, sent to moderation and published by a moderator; a moderator's is published at once.
 * Only a network's animators (and the moderators) put an item in a network, and may reserve it to the network's
 * members ({@link MembersOnly}, the rule events share).
 */
@ApplicationScoped
public class NewsService {
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @Inject
    ResourceService resources;

    @Inject
    ResourceRepository catalog;

    @Inject
    NewsRepository news;

    @Inject
    Networks networks;

    @Inject
    MembersOnly membersOnly;

    @Inject
    NewsImages images;

    /** Whether the caller may write news: a contributor, trainer, moderator, administrator, or a network's animator. */
    public boolean mayPropose(Caller caller) {
        if (caller.username() == null) {
            return false;
        }
        return caller.has(Role.CONTRIBUTOR) || caller.has(Role.TRAINER) || caller.moderator()
                || !networks.animatedBy(caller.username()).isEmpty();
    }

    @Transactional
    public DescribedNews create(NewsInput input, Caller caller) {
        requireProposer(caller);
        Long network = networks.attachable(input.network(), null, caller, Messages.get("news.network.items"));
        Resource resource = resources.createTyped(input.metadata(today()), NewsRepository.TYPE, caller.username(),
                ResourceAccess.statusOfNewUpload(caller), MembersOnly.circle(network, input.membersOnly()), r -> {
                    News item = new News(r.getId());
                    item.write(input.body(), network);
                    news.persist(item);
                });
        return new DescribedNews(resource, news.existing(resource.getId()));
    }

    /**
     * An item for the members of {@code circle} only, written where the area that owns the circle (a project's
     * private space) has let the caller in: published at once, as a network animator's members-only item is, since
     * the catalog's moderators outside the circle may not see it.
     */
    @Transactional
    public DescribedNews publishInCircle(NewsInput input, String circle, Caller caller) {
        Resource resource = resources.createTyped(input.metadata(today()), NewsRepository.TYPE, caller.username(),
                ResourceStatus.DRAFT, Objects.requireNonNull(circle, "circle"), r -> {
                    News item = new News(r.getId());
                    item.write(input.body(), null);
                    news.persist(item);
                });
        return new DescribedNews(resources.publishInCircle(resource.getId(), caller.username()),
                news.existing(resource.getId()));
    }

    /** The news row first, so that the resource's new index entry holds its new body and network. */
    @Transactional
    public DescribedNews update(long id, NewsInput input, Caller caller) {
        News item = news.existing(id);
        catalog.editableBy(id, caller);
        Long network = networks.attachable(input.network(), item.getNetworkId(), caller,
                Messages.get("news.network.items"));
        String circle = MembersOnly.circle(network, input.membersOnly());
        item.write(input.body(), network);
        return new DescribedNews(resources.describeTyped(id, input.metadata(today()), NewsRepository.TYPE,
                caller.username(), circle), item);
    }

    /**
     * Saves an item, new ({@code id} null) or changed, and sends it to moderation in the same transaction: an item
     * the moderators could not take yet (no theme, no territory) is not saved either, and the form says why.
     */
    @Transactional
    public DescribedNews saveAndSubmit(Long id, NewsInput input, Caller caller) {
        DescribedNews saved = id == null ? create(input, caller) : update(id, input, caller);
        // A moderator's item is published as it is saved: there is nothing to submit.
        return saved.resource().isPublished() ? saved : submit(saved.resource().getId(), caller);
    }

    /**
     * Sends an item to moderation; a members-only one, which the catalog's moderators outside its circle may not see,
     * is published at once by its network's animator (or a moderator), once complete as a submission must be.
     */
    @Transactional
    public DescribedNews submit(long id, Caller caller) {
        News item = news.existing(id);
        return new DescribedNews(membersOnly.submit(id, item.getNetworkId(), caller), item);
    }

    /**
     * The image becomes the item's file (a new one keeps the former as an earlier version), with its alternative
     * text, required. Outside a transaction: the catalog writes the file in its own.
     */
    public DescribedNews attachImage(long id, StagedFile image, String alt, Caller caller) {
        news.existing(id);
        catalog.editableBy(id, caller);
        String text = alt == null ? "" : alt.strip();
        if (text.isEmpty() || text.length() > NewsInput.ALT_MAX) {
            String message = Messages.get(text.isEmpty() ? "news.image.alt.required" : "news.image.alt.size");
            throw new InvalidInput(InvalidInput.Reason.INVALID, message, Map.of("alt", message));
        }
        NewsImages.requireImage(image);
        resources.attachFile(id, image, caller);
        return images.describe(id, text);
    }

    private void requireProposer(Caller caller) {
        if (!mayPropose(caller)) {
            throw new Forbidden(Messages.get("news.propose.forbidden"));
        }
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
