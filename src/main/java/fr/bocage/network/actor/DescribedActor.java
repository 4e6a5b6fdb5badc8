package fr.bocage.network.actor;

import fr.bocage.catalog.Resource;

/** An actor's resource and fields as the transaction that changed them left them. */
public record DescribedActor(Resource resource, Actor actor) {
}
