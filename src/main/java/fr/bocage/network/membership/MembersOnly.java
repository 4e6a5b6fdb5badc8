package fr.bocage.network.membership;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.ResourceService;
import fr.bocage.catalog.WorkflowAction;
import fr.bocage.catalog.WorkflowService;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.Forbidden;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * A network's items reserved to its members (news, events): the one rule of which circle such an item is in and of
 * how it is published. Its circle is the network's ({@link Network#circle}), which the one access decision and the
 * search's filter read; the catalog's moderators outside the circle do not see it, so its network's animators decide
 * on it, as on their list's messages.
 */
@ApplicationScoped
public class MembersOnly {
    /** The field of the input, and of the forms, that reserves an item to its network's members. */
    public static final String FIELD = "membersOnly";
    /** The value a form's ticked box « Réservé aux membres du réseau » sends. */
    public static final String TICKED = "oui";

    @Inject
    ResourceRepository catalog;

    @Inject
    ResourceService resources;

    @Inject
    WorkflowService workflow;

    @Inject
    Networks networks;

    /**
     * The circle of an item of {@code network}: the network's when reserved to its members, null for a public item.
     *
     * @param network the id of the item's network; null for none
     * @throws InvalidInput on the field {@value #FIELD} for an item reserved to members without a network
     */
    public static String circle(Long network, boolean membersOnly) {
        if (!membersOnly) {
            return null;
        }
        if (network == null) {
            String message = Messages.get("network.members-only.no-network");
            throw new InvalidInput(InvalidInput.Reason.INVALID, message, Map.of(FIELD, message));
        }
        return Network.circle(network);
    }

    /**
     * Sends an item to moderation; a members-only one is published at once by its network's animator (or a
     * moderator), once complete as a submission must be.
     *
     * @param network the id of the item's network; null for none
     */
    @Transactional
    public Resource submit(long id, Long network, Caller caller) {
        if (catalog.visibleTo(id, caller).getCircle() == null) {
            return workflow.perform(id, WorkflowAction.SUBMIT, caller, null);
        }
        workflow.check(id, WorkflowAction.SUBMIT, caller, null);
        boolean animates = network != null
                && networks.find(network).map(n -> n.isAnimatedBy(caller.username())).orElse(false);
        if (!animates && !caller.moderator()) {
            throw new Forbidden(Messages.get("network.members-only.not-animator"));
        }
        return resources.publishInCircle(id, caller.username());
    }
}
