package fr.bocage.network.membership;

import fr.bocage.account.Account;
import fr.bocage.account.AccountRepository;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.Vocabularies;
import fr.bocage.catalog.VocabularyKind;
import fr.bocage.network.actor.ActorPages;
import fr.bocage.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The members' directory of a network, for its members and animators only ({@link MembershipService#directory}):
 * each accepted member's card, with what they chose to show. An organisation is shown once its actor is published
 * (a proposed one still in moderation is nobody's business yet). Never indexed: it is read here and nowhere else.
 */
@ApplicationScoped
public class MemberDirectory {

    @Inject
    MembershipService service;

    @Inject
    AccountRepository accounts;

    @Inject
    ResourceRepository resources;

    @Inject
    Vocabularies vocabularies;

    @Transactional
    public List<MemberCard> of(Network network, Caller caller) {
        return service.directory(network, caller).stream().map(m -> MemberCard.of(m, known(m))).toList();
    }

    /** The display name of an account, else its user name. */
    public String nameOf(String username) {
        return accounts.findByUsername(username).map(Account::getDisplayName).filter(n -> n != null && !n.isBlank())
                .orElse(username);
    }

    private MemberCard.Known known(Member member) {
        Optional<Account> account = accounts.findByUsername(member.getUsername());
        MemberProfile profile = member.getProfile();
        Optional<Resource> organisation = Optional.ofNullable(profile.actorId()).flatMap(resources::find)
                .filter(Resource::isPublished);
        return new MemberCard.Known(
                account.map(Account::getDisplayName).filter(n -> n != null && !n.isBlank())
                        .orElse(member.getUsername()),
                account.map(Account::getEmail).orElse(null),
                organisation.map(Resource::getTitle).orElse(null),
                organisation.map(r -> ActorPages.page(r.getId())).orElse(null),
                profile.territory() == null ? null : vocabularies.label(VocabularyKind.TERRITORY, profile.territory()));
    }
}
