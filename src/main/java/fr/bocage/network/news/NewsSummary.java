package fr.bocage.network.news;

import java.time.LocalDate;

/**
 * A published news item as another page lists it (a network's page): a link, its title, lead and date, and its image
 * with its alternative text when it has one.
 *
 * @param image the image's address; null without one
 * @param membersOnly whether only its network's members see it
 */
public record NewsSummary(long id, String url, String title, String lead, LocalDate date, String image,
                          String imageAlt, boolean membersOnly) {
}
