package fr.bocage.network.actor;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.ResourceWrites;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.Conflict;
import fr.bocage.platform.error.Forbidden;
import fr.bocage.platform.error.NotFound;
import fr.bocage.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Representatives: a signed-in account claims to represent an actor it can see; a moderator confirms the claim,
 * which makes the account a maintainer of the actor's resource (it may then change it, even published), or refuses
 * it. One claim per account and actor.
 */
@ApplicationScoped
@Transactional
public class ClaimService {

    @Inject
    ClaimRepository claims;

    @Inject
    ActorRepository actors;

    @Inject
    ResourceRepository resources;

    @Inject
    ResourceWrites writes;

    public Claim claim(long actorId, Caller caller) {
        actors.existing(actorId);
        Resource resource = resources.visibleTo(actorId, caller);
        if (caller.username() == null) {
            throw new Forbidden(Messages.get("actor.claim.anonymous"));
        }
        if (resource.ownedBy(caller.username())) {
            throw new Conflict(Messages.format("actor.claim.already-owner", resource.getTitle()));
        }
        Optional<Claim> earlier = claims.of(actorId, caller.username());
        if (earlier.isPresent()) {
            throw new Conflict(Messages.format("actor.claim.exists", resource.getTitle(),
                    earlier.get().getStatus().label()));
        }
        Claim claim = new Claim(actorId, caller.username(), Instant.now());
        claims.persist(claim);
        return claim;
    }

    /** A moderator's decision on a pending claim; 409 once decided. */
    public Claim decide(long claimId, boolean confirm, Caller caller) {
        return decide(null, claimId, confirm, caller);
    }

    /** The same, on an actor's page: a claim on another actor is not found there. */
    public Claim decide(Long actorId, long claimId, boolean confirm, Caller caller) {
        if (!caller.moderator()) {
            throw new Forbidden(Messages.get("actor.claim.moderators"));
        }
        Claim claim = claims.existing(claimId);
        if (actorId != null && claim.getActorId() != actorId) {
            throw new NotFound(Messages.format("actor.claim.not-found", claimId));
        }
        if (claim.getStatus() != ClaimStatus.PENDING) {
            throw new Conflict(Messages.format("actor.claim.decided", claim.getStatus().label()));
        }
        claim.decide(confirm, caller.username(), Instant.now());
        if (confirm) {
            writes.maintain(claim.getActorId(), claim.getUsername(), true);
        }
        return claim;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Claim> pending() {
        return claims.inStatus(ClaimStatus.PENDING);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Claim> ofActor(long actorId) {
        return claims.ofActor(actorId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Claim> of(long actorId, String username) {
        return username == null ? Optional.empty() : claims.of(actorId, username);
    }
}
