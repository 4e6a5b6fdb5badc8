package fr.bocage.moderation;

/**
 * What the moderation page says about the daily digest: whether it reaches this moderator, and at what time it is
 * sent ({@code null} when the server sends none; an administrator may still send it at once).
 */
public record DigestChoice(boolean wanted, String dailyAt) {
    /** The anchor of the choice on the moderation page, which the digest's footer links to. */
    public static final String ANCHOR = "resume";
}
