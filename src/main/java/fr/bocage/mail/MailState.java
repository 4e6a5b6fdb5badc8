package fr.bocage.mail;

/** Where a message of the outbox is: waiting (first try or retry), delivered, or given up after its last try. */
public enum MailState {
    PENDING, SENT, FAILED
}
