package fr.bocage.network.membership;

import fr.bocage.account.Account;
import fr.bocage.account.AccountRepository;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.platform.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What animators read of a request besides the profile: the person's address, their organisation's name. */
@ApplicationScoped
public class MembershipLabels {

    @Inject
    AccountRepository accounts;

    @Inject
    ResourceRepository resources;

    String email(String username) {
        return accounts.findByUsername(username).map(Account::getEmail).orElse(null);
    }

    /** The actor's name; a proposed one still in moderation is said to be so. */
    String organisation(Long actorId) {
        if (actorId == null) {
            return null;
        }
        return resources.find(actorId).map(r -> r.isPublished() ? r.getTitle()
                : Messages.format("membership.actor.proposed", r.getTitle())).orElse(null);
    }

    boolean isPublished(long actorId) {
        return resources.find(actorId).map(Resource::isPublished).orElse(false);
    }
}
