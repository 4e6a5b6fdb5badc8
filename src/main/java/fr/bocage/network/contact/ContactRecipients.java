package fr.bocage.network.contact;

import java.util.Optional;

/**
 * Who receives a message written to an actor: implemented by the actors' package (a bean of this type, looked up
 * through CDI), so that this package never depends on it. Without an implementation there is no actor to write to.
 * Whatever it answers, the address never leaves the server except as the e-mail's recipient.
 */
public interface ContactRecipients {

    /** The name of the published actor of that id, to head the form and the e-mail; empty when there is none (404). */
    Optional<String> nameOf(long actorId);

    /**
     * The published actor's private contact address; empty when it has none, or is not published: the message then
     * goes to the network's moderators, who pass it on.
     */
    Optional<String> addressOf(long actorId);
}
