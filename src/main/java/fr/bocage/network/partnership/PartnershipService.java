package fr.bocage.network.partnership;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.ResourceService;
import fr.bocage.catalog.ResourceStatus;
import fr.bocage.ingest.StagedFile;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Creating and changing partnerships: the resource and its partnership change in one transaction. They are the
 * network's own commitments, entered by its moderators: published at once.
 */
@ApplicationScoped
public class PartnershipService {
    /** The resource type of the actors that are parties; their own package names it too. */
    public static final String ACTOR_TYPE = "actor";

    @Inject
    ResourceService resources;

    @Inject
    ResourceRepository catalog;

    @Inject
    PartnershipRepository partnerships;

    @Inject
    ProgrammeRepository programmes;

    @Transactional
    public Described create(PartnershipInput input, String user) {
        PartnershipDetails details = details(input);
        Resource resource = resources.createTyped(input.metadata(), PartnershipRepository.TYPE, user,
                ResourceStatus.PUBLISHED, r -> {
                    Partnership partnership = new Partnership(r.getId());
                    partnership.describe(details);
                    partnerships.persist(partnership);
                });
        return new Described(resource, partnerships.existing(resource.getId()));
    }

    /** The partnership first, so that the resource's new index entry holds its new objectives and parties. */
    @Transactional
    public Described update(long id, PartnershipInput input, String user) {
        PartnershipDetails details = details(input);
        Partnership partnership = partnerships.existing(id);
        partnership.describe(details);
        return new Described(resources.describeTyped(id, input.metadata(), PartnershipRepository.TYPE, user),
                partnership);
    }

    /**
     * The convention becomes the partnership's file, its text searched; a former one stays as an earlier version.
     * Outside a transaction: the extraction may take seconds, and the catalog writes in its own.
     */
    public Resource attachConvention(long id, StagedFile convention, Caller caller) {
        partnerships.existing(id);
        return resources.attachFile(id, convention, caller);
    }

    /** A resource with its partnership, as the transaction that changed them left them. */
    public record Described(Resource resource, Partnership partnership) {
    }

    private PartnershipDetails details(PartnershipInput input) {
        Years.requireOrdered(input.startYear(), input.endYear());
        if (input.programme() != null && programmes.find(input.programme()).isEmpty()) {
            refuse("programme", Messages.format("programme.not-found", input.programme()));
        }
        for (Long party : input.parties()) {
            boolean actor = catalog.find(party).map(r -> ACTOR_TYPE.equals(r.description().type())).orElse(false);
            if (!actor) {
                refuse("parties", Messages.format("partnership.party.unknown", party));
            }
        }
        return new PartnershipDetails(input.scaleValue(), input.startYear(), input.endYear(), input.budget(),
                input.programme(), List.copyOf(new LinkedHashSet<>(input.parties())), input.objectives());
    }

    private static void refuse(String field, String message) {
        throw new InvalidInput(InvalidInput.Reason.INVALID, message, Map.of(field, message));
    }
}
