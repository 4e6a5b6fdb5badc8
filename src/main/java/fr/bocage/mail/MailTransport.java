package fr.bocage.mail;

import java.io.IOException;

/** Hands a composed message over to its way out: a mail server, or the local outbox folder. */
interface MailTransport {

    /** @throws IOException when the message could not be handed over; it is tried again later */
    void deliver(long id, String recipient, byte[] mime) throws IOException;
}
