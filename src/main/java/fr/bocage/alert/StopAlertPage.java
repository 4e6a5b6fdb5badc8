package fr.bocage.alert;

/**
 * The page of a digest's stop link.
 *
 * @param name    the saved search's name
 * @param token   the stop token, to post back; null once stopped
 * @param stopped whether its digest is off (now, or already)
 */
public record StopAlertPage(String name, String token, boolean stopped) {
}
