package fr.bocage.portal.subscriptions;

/**
 * What a section answers to a change: done, with the code of its confirmation message (the key
 * {@code subscriptions.<section>.done.<code>} of the portal's bundle, shown after the redirect), or a question to ask
 * before a destructive action (a key of the portal's bundle with its subject, and the confirming button's key).
 */
public record Outcome(String done, String question, String subject, String confirm) {

    public static Outcome done(String code) {
        return new Outcome(code, null, null, null);
    }

    public static Outcome ask(String question, String subject, String confirm) {
        return new Outcome(null, question, subject, confirm);
    }

    public boolean asks() {
        return question != null;
    }
}
