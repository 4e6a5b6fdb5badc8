package fr.bocage.network.project;

import fr.bocage.account.Account;
import fr.bocage.account.AccountRepository;
import fr.bocage.account.SignUp;
import fr.bocage.network.actor.ActorDirectory;
import fr.bocage.platform.Messages;
import fr.bocage.platform.SecretTokens;
import fr.bocage.platform.error.Forbidden;
import fr.bocage.platform.error.Gone;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.error.NotFound;
import fr.bocage.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Coordinators invite people of the partner organisations; the e-mailed link makes whoever opens it a member for
 * that organisation, once. Who may invite is {@link ProjectStanding#runs()}.
 */
@ApplicationScoped
public class ProjectInvitations {
    /** Long enough for a partner abroad to find the e-mail among others; short enough that a forgotten one dies. */
    static final Duration LIFETIME = Duration.ofDays(14);

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    @Inject
    ProjectMembers members;

    @Inject
    ActorDirectory actors;

    @Inject
    InvitationMails mails;

    @Inject
    SignUp signUp;

    @Inject
    AccountRepository accounts;

    /** An invitation opened by its link, with its project. */
    public record Opened(ProjectInvitation invitation, Project project, String organisation) {
    }

    /**
     * Invites {@code input.email()} for the partner {@code input.organisation()} and e-mails the link.
     *
     * @throws Forbidden    unless the caller runs the project
     * @throws InvalidInput on {@value ProjectMembers#ORGANISATION} for an organisation that is not a partner
     */
    @Transactional
    public ProjectInvitation invite(Project project, InvitationInput input, Caller caller) {
        requireRunner(project, caller);
        long actor = input.organisation();
        if (project.getPartners().stream().noneMatch(p -> p.getActorId() == actor)) {
            String message = Messages.format("project.member.not-partner", actor);
            throw new InvalidInput(InvalidInput.Reason.INVALID, message,
                    Map.of(ProjectMembers.ORGANISATION, message));
        }
        String token = SecretTokens.next();
        Instant now = Instant.now();
        ProjectInvitation invitation = new ProjectInvitation(project.getId(), input.email().toLowerCase(Locale.ROOT),
                actor, SecretTokens.hash(token), caller.username(), now, now.plus(LIFETIME));
        em.persist(invitation);
        mails.invited(project, invitation, token, organisationName(actor));
        return invitation;
    }

    /** The invitations not accepted yet, expired ones included (the coordinator sees they must invite again). */
    public List<ProjectInvitation> pending(Project project, Caller caller) {
        requireRunner(project, caller);
        return em.createNamedQuery(ProjectInvitation.PENDING, ProjectInvitation.class)
                .setParameter("project", project.getId()).getResultList();
    }

    /** Cancels a pending invitation: its link stops working. */
    @Transactional
    public void cancel(Project project, long id, Caller caller) {
        requireRunner(project, caller);
        ProjectInvitation invitation = em.find(ProjectInvitation.class, id);
        if (invitation == null || invitation.getProjectId() != project.getId() || invitation.isAccepted()) {
            throw new NotFound(Messages.format("project.invitation.not-found", id));
        }
        em.remove(invitation);
    }

    /**
     * The invitation of a link, still usable.
     *
     * @throws NotFound for an unknown or cancelled link
     * @throws Gone     for a link used or expired
     */
    public Opened open(String token) {
        ProjectInvitation invitation = find(token)
                .orElseThrow(() -> new NotFound(Messages.get("project.invitation.unknown")));
        if (invitation.isAccepted()) {
            throw new Gone(Messages.get("project.invitation.used"));
        }
        if (invitation.isExpired(Instant.now())) {
            throw new Gone(Messages.get("project.invitation.expired"));
        }
        return opened(invitation);
    }

    /**
     * Makes {@code username} a member for the invitation's organisation. The link is marked used first: of two
     * requests racing with it, the second waits for the first to commit, then finds it used and is told so.
     */
    @Transactional
    public ProjectMember accept(String token, String username) {
        int marked = SecretTokens.wellFormed(token) ? em.createNamedQuery(ProjectInvitation.ACCEPT)
                .setParameter("now", Instant.now()).setParameter("username", username)
                .setParameter("hash", SecretTokens.hash(token)).executeUpdate() : 0;
        if (marked != 1) {
            open(token);
            throw new Gone(Messages.get("project.invitation.used"));
        }
        Opened opened = opened(find(token).orElseThrow());
        return members.enrol(opened.project(), username, opened.invitation().getActorId());
    }

    /**
     * Opens an account for the invited address, verified by the link, and makes it a member: both or neither.
     *
     * @throws fr.bocage.platform.error.Conflict when the address already has an account (sign in instead)
     */
    @Transactional
    public ProjectMember acceptWithNewAccount(String token, InvitedAccountInput input) {
        Opened opened = open(token);
        // The account's organisation is a short name: a longer one is left for the person to complete.
        String organisation = opened.organisation().length() > 200 ? null : opened.organisation();
        Account account = signUp.registerInvited(opened.invitation().getEmail(), input.name(), input.password(),
                organisation);
        return accept(token, account.getUsername());
    }

    /** Whether the invited address has an account already, which the person signs in to. */
    public boolean hasAccount(ProjectInvitation invitation) {
        return accounts.findByEmail(invitation.getEmail()).isPresent();
    }

    private Optional<ProjectInvitation> find(String token) {
        if (!SecretTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return em.createNamedQuery(ProjectInvitation.BY_HASH, ProjectInvitation.class)
                .setParameter("hash", SecretTokens.hash(token)).getResultStream().findFirst();
    }

    private Opened opened(ProjectInvitation invitation) {
        return new Opened(invitation, em.find(Project.class, invitation.getProjectId()),
                organisationName(invitation.getActorId()));
    }

    String organisationName(long actorId) {
        return actors.nameOf(actorId).orElse(Messages.format("project.organisation.unnamed", actorId));
    }

    private void requireRunner(Project project, Caller caller) {
        if (!members.standing(project, caller).runs()) {
            throw new Forbidden(Messages.get("project.members.forbidden"));
        }
    }
}
