package fr.bocage.network.action;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceAccess;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.ResourceService;
import fr.bocage.catalog.ResourceStatus;
import fr.bocage.catalog.WorkflowAction;
import fr.bocage.catalog.WorkflowService;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.rest.ApiNames;
import fr.bocage.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposing and changing actions: the resource (with its sections) and its action change in one transaction. A new
 * action is its author's draft, submitted and published through the resources' workflow.
 */
@ApplicationScoped
@Transactional
public class ActionService {

    @Inject
    ResourceService resources;

    @Inject
    ResourceRepository catalog;

    @Inject
    ActionRepository actions;

    @Inject
    IndicatorRepository indicators;

    @Inject
    WorkflowService workflow;

    /** A new action, its author's draft. */
    public DescribedAction create(ActionInput input, Caller caller) {
        return create(input, caller, ResourceStatus.DRAFT);
    }

    /** A new action in {@code status}: published at once for the demo content only. */
    public DescribedAction create(ActionInput input, Caller caller, ResourceStatus status) {
        ActionDetails details = details(input, caller);
        Resource resource = resources.createTypedReport(input.metadata(), input.sections(), ActionRepository.TYPE,
                caller.username(), status, r -> {
                    Action action = new Action(r.getId());
                    action.describe(details);
                    action.themes(r.description().themes());
                    actions.persist(action);
                });
        return new DescribedAction(resource, actions.existing(resource.getId()));
    }

    /** The action first, so that the resource's new index entry holds its new facets. */
    public DescribedAction update(long id, ActionInput input, Caller caller) {
        Action action = actions.existing(id);
        catalog.editableBy(id, caller);
        action.describe(details(input, caller));
        return new DescribedAction(resources.rewriteTyped(id, input.metadata(), input.sections(),
                ActionRepository.TYPE, caller.username()), action);
    }

    public DescribedAction submit(long id, Caller caller) {
        Action action = actions.existing(id);
        return new DescribedAction(workflow.perform(id, WorkflowAction.SUBMIT, caller, null), action);
    }

    /**
     * The checked fields; called once Bean Validation has passed. Every fault is named with its field, so that a
     * form shows each beside its input.
     */
    ActionDetails details(ActionInput input, Caller caller) {
        Map<String, String> faults = new LinkedHashMap<>();
        if (input.leadActor() != null && !isActor(input.leadActor(), caller)) {
            faults.put("leadActor", Messages.format("action.actor.unknown", input.leadActor()));
        }
        input.partners().stream().filter(p -> !isActor(p, caller)).findFirst()
                .ifPresent(p -> faults.put("partners", Messages.format("action.actor.unknown", p)));
        if (input.startYear() != null && input.endYear() != null && input.endYear() < input.startYear()) {
            faults.put("endYear", Messages.get("action.period.order"));
        }
        input.linkedResources().stream().filter(r -> !isVisible(r, caller)).findFirst()
                .ifPresent(r -> faults.put("linkedResources", Messages.format("action.link.unknown", r)));
        Set<String> seen = new HashSet<>();
        for (IndicatorValueInput value : input.indicators()) {
            if (indicators.find(value.indicator()).isEmpty()) {
                faults.putIfAbsent("indicators", Messages.format("action.indicator.unknown", value.indicator()));
            } else if (!seen.add(value.indicator() + "/" + value.year())) {
                faults.putIfAbsent("indicators",
                        Messages.format("action.indicator.twice", value.indicator(), value.year()));
            }
        }
        if (!faults.isEmpty()) {
            throw new InvalidInput(InvalidInput.Reason.INVALID, String.join(" ", faults.values()), faults);
        }
        List<IndicatorValue> values = input.indicators().stream()
                .map(v -> new IndicatorValue(v.indicator(), v.year(), v.value())).toList();
        return new ActionDetails(input.leadActor(), input.partners().stream().distinct().toList(), input.commune(),
                input.startYear(), input.endYear(), ApiNames.parse(ActionProgress.class, input.progress()).orElseThrow(),
                input.budget(), input.funders(),
                input.scheme() == null ? null : ApiNames.parse(ActionScheme.class, input.scheme()).orElseThrow(),
                input.linkedResources().stream().distinct().toList(), values);
    }

    /** An actor is a resource of type actor that the caller may see: a draft actor of someone else is unknown. */
    private boolean isActor(long id, Caller caller) {
        return catalog.find(id).filter(r -> ActionRepository.ACTOR_TYPE.equals(r.description().type()))
                .filter(r -> ResourceAccess.isVisible(r, caller)).isPresent();
    }

    private boolean isVisible(long id, Caller caller) {
        return catalog.find(id).filter(r -> ResourceAccess.isVisible(r, caller)).isPresent();
    }
}
