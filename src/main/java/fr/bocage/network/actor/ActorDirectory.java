package fr.bocage.network.actor;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.network.contact.ContactRecipients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * The one way to an actor's contact address, for the contact form that writes to it (issue 13 #5): the address is
 * never shown, exported or indexed. A published actor only: a draft's address is its contributor's word, unchecked.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ActorDirectory implements ContactRecipients {

    @Inject
    ActorRepository actors;

    @Inject
    ResourceRepository resources;

    @Override
    public Optional<String> nameOf(long actorId) {
        return actors.find(actorId).flatMap(a -> resources.find(actorId)).filter(Resource::isPublished)
                .map(Resource::getTitle);
    }

    @Override
    public Optional<String> addressOf(long actorId) {
        return contactAddress(actorId);
    }

    /** A published actor as lists of organisations show it (a project's partners): a draft is nobody's to list. */
    public Optional<Listed> listed(long actorId) {
        return actors.find(actorId).flatMap(a -> resources.find(actorId).filter(r -> r.isPublished() && r.getCircle() == null)
                .map(r -> new Listed(actorId, r.getTitle(), a.getCountry(), ActorPages.page(actorId))));
    }

    /** An actor's name, country (ISO code) and page. */
    public record Listed(long id, String name, String country, String page) {
    }

    public Optional<String> contactAddress(long actorId) {
        return actors.find(actorId)
                .filter(a -> resources.find(actorId).map(Resource::isPublished).orElse(false))
                .map(Actor::contactEmail);
    }
}
