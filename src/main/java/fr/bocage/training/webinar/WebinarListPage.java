package fr.bocage.training.webinar;

import fr.bocage.portal.form.FormOption;
import java.util.List;

/**
 * Upcoming and past webinars, of one theme if one was asked.
 *
 * @param themeLabel the asked theme's label, null for all themes
 * @param feedUrl the calendar of the same webinars
 * @param webcalUrl the same, to subscribe to (webcal://)
 * @param mayCreate whether the caller runs trainings
 */
public record WebinarListPage(List<WebinarCard> upcoming, List<WebinarCard> past, List<FormOption> themes,
                              String themeLabel, String feedUrl, String webcalUrl,
                              boolean mayCreate) {
}
