package fr.bocage.network.membership;

import fr.bocage.catalog.MetadataInput;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.Vocabularies;
import fr.bocage.catalog.VocabularyKind;
import fr.bocage.catalog.Workflow;
import fr.bocage.catalog.WorkflowAction;
import fr.bocage.catalog.WorkflowService;
import fr.bocage.network.actor.ActorInput;
import fr.bocage.network.actor.ActorKind;
import fr.bocage.network.actor.ActorRepository;
import fr.bocage.network.actor.ActorService;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.Conflict;
import fr.bocage.platform.error.Forbidden;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.error.NotFound;
import fr.bocage.platform.rest.ApiNames;
import fr.bocage.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Joining a network and what follows: a signed-in account asks (with its organisation, chosen in the directory or
 * proposed as a draft actor), the network's animators or an administrator accept or refuse it with a message (the
 * person is told by e-mail either way), a member changes what they show or leaves. Asking again after a refusal or a
 * departure is a new request on the same row.
 */
@ApplicationScoped
@Transactional
public class MembershipService {

    @Inject
    Networks networks;

    @Inject
    Memberships memberships;

    @Inject
    Vocabularies vocabularies;

    @Inject
    ActorRepository actors;

    @Inject
    ActorService actorService;

    @Inject
    ResourceRepository resources;

    @Inject
    WorkflowService workflow;

    @Inject
    MembershipMails mails;

    /**
     * @throws Forbidden for an anonymous caller
     * @throws Conflict while a request waits, or for a member already accepted
     * @throws InvalidInput without consent, for an unknown actor, territory or theme (each field named)
     */
    public Member request(String slug, MembershipInput input, Caller caller) {
        Network network = networks.existing(slug);
        String username = signedIn(caller);
        if (!input.consent()) {
            throw invalid("consent", Messages.get("membership.consent.required"));
        }
        Optional<Member> earlier = memberships.of(network, username);
        if (earlier.isPresent() && (earlier.get().getStatus() == MemberStatus.PENDING || earlier.get().isAccepted())) {
            throw new Conflict(Messages.format(earlier.get().isAccepted() ? "membership.already-member"
                    : "membership.already-pending", network.getName()));
        }
        MemberProfile profile = profile(network, input, caller);
        Member member = earlier.orElseGet(() -> new Member(network.getId(), username));
        member.request(profile, Instant.now());
        if (earlier.isEmpty()) {
            memberships.persist(member);
        }
        mails.requested(network, member);
        return member;
    }

    /** A member's or applicant's own profile: what they say and show. Their status does not change. */
    public Member updateProfile(String slug, MembershipInput input, Caller caller) {
        Network network = networks.existing(slug);
        Member member = current(network, caller);
        member.profile(profile(network, input, caller));
        return member;
    }

    /** A member leaves, or an applicant withdraws their request: they may ask again later. */
    public Member leave(String slug, Caller caller) {
        Network network = networks.existing(slug);
        Member member = current(network, caller);
        member.leave(Instant.now());
        return member;
    }

    /**
     * An animator's (or administrator's) decision on a pending request; the person is told by e-mail.
     *
     * @throws Forbidden for anybody else
     * @throws Conflict once decided
     */
    public Member decide(String slug, long memberId, boolean accept, String message, Caller caller) {
        Network network = networks.existing(slug);
        requireAnimator(network, caller);
        Member member = memberships.find(network, memberId)
                .orElseThrow(() -> new NotFound(Messages.format("membership.request.not-found", memberId)));
        if (member.getStatus() != MemberStatus.PENDING) {
            throw new Conflict(Messages.format("membership.request.decided", member.getStatus().name()));
        }
        String said = message == null || message.isBlank() ? null : message.strip();
        if (said != null && said.length() > 2000) {
            throw invalid("message", Messages.get("membership.message.size"));
        }
        member.decide(accept, caller.username(), said, Instant.now());
        mails.decided(network, member);
        return member;
    }

    /** The requests that wait, oldest first: for the network's animators and administrators. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Member> pending(String slug, Caller caller) {
        Network network = networks.existing(slug);
        requireAnimator(network, caller);
        return memberships.inStatus(network, MemberStatus.PENDING);
    }

    /**
     * The accepted members, for the network's members and animators only: the directory is members-only content,
     * which no search, count or feed ever shows.
     *
     * @throws Forbidden for anybody else (administrators included: they decide requests, they need not read it)
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Member> directory(Network network, Caller caller) {
        signedIn(caller);
        if (!memberships.isInside(network, caller.username())) {
            throw new Forbidden(Messages.format("membership.directory.members-only", network.getName()));
        }
        return memberships.inStatus(network, MemberStatus.ACCEPTED);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Member> mine(String slug, Caller caller) {
        return memberships.of(networks.existing(slug), caller.username());
    }

    /** Who may decide on a network's requests: its animators, and administrators. */
    public static boolean decides(Network network, Caller caller) {
        return caller.admin() || network.isAnimatedBy(caller.username());
    }

    private static void requireAnimator(Network network, Caller caller) {
        signedIn(caller);
        if (!decides(network, caller)) {
            throw new Forbidden(Messages.format("membership.animators-only", network.getName()));
        }
    }

    private static String signedIn(Caller caller) {
        if (caller.username() == null) {
            throw new Forbidden(Messages.get("membership.anonymous"));
        }
        return caller.username();
    }

    /** The caller's membership while pending or accepted; refused or ended ones have nothing to change or leave. */
    private Member current(Network network, Caller caller) {
        String username = signedIn(caller);
        return memberships.of(network, username)
                .filter(m -> m.isAccepted() || m.getStatus() == MemberStatus.PENDING)
                .orElseThrow(() -> new NotFound(Messages.format("membership.none", network.getName())));
    }

    /** Codes resolved, the organisation checked or proposed. */
    private MemberProfile profile(Network network, MembershipInput input, Caller caller) {
        String territory;
        List<String> interests;
        try {
            territory = input.territory() == null ? null : vocabularies.code(VocabularyKind.TERRITORY,
                    input.territory());
        } catch (InvalidInput unknown) {
            throw invalid("territory", unknown.getMessage());
        }
        try {
            interests = vocabularies.codes(VocabularyKind.THEME, input.interests());
        } catch (InvalidInput unknown) {
            throw invalid("interests", unknown.getMessage());
        }
        Long actorId = input.actorId();
        if (input.newActor() != null && input.newActor().name() != null) {
            actorId = propose(network, input.newActor(), territory, interests, caller);
        } else if (actorId != null) {
            long id = actorId;
            boolean published = actors.find(id).isPresent()
                    && resources.find(id).map(Resource::isPublished).orElse(false);
            if (!published) {
                throw invalid("actorId", Messages.format("membership.actor.unknown", id));
            }
        }
        return new MemberProfile(actorId, input.role(), territory, java.util.Set.copyOf(interests),
                input.showOrganisation(), input.showRole(), input.showTerritory(), input.showEmail(),
                input.receivesList());
    }

    /**
     * A draft actor in the caller's name, sent to moderation at once when its description is complete (it takes the
     * member's interests and territory, else the network's); otherwise it stays their draft, to complete from their
     * space. Moderators' actors are published at once, as on the actor form.
     */
    private long propose(Network network, MembershipInput.ProposedActor proposed, String territory,
            List<String> interests, Caller caller) {
        if (proposed.kind() == null || ApiNames.parse(ActorKind.class, proposed.kind()).isEmpty()) {
            throw invalid("newActorKind", Messages.format("membership.actor.kind.invalid", proposed.kind()));
        }
        String where = territory != null ? territory : network.getTerritory();
        MetadataInput metadata = new MetadataInput(proposed.name(),
                Messages.format("membership.actor.summary", proposed.name(), network.getName()), null, interests,
                where, null, null, null, null, null, null, proposed.name(), null, null);
        ActorInput actor = new ActorInput(metadata, proposed.kind(), null, proposed.commune(), null, null, null, null,
                null, null);
        long id = actorService.create(actor, caller).resource().getId();
        Resource resource = resources.existing(id);
        if (!resource.isPublished() && Workflow.missingForSubmission(resource.description()).isEmpty()) {
            workflow.perform(id, WorkflowAction.SUBMIT, caller, null);
        }
        return id;
    }

    private static InvalidInput invalid(String field, String message) {
        return new InvalidInput(InvalidInput.Reason.INVALID, message, Map.of(field, message));
    }
}
