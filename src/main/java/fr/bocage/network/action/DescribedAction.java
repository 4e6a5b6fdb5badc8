package fr.bocage.network.action;

import fr.bocage.catalog.Resource;

/** An action's resource and action as the transaction that changed them left them. */
public record DescribedAction(Resource resource, Action action) {
}
