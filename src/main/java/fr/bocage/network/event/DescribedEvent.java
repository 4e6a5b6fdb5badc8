package fr.bocage.network.event;

import fr.bocage.catalog.Resource;

/** An event's resource and own fields, as the transaction that read or changed them left them. */
public record DescribedEvent(Resource resource, NetworkEvent event) {
}
