package fr.bocage.network.news;

import java.time.LocalDate;

/**
 * One item of the news list: its page, title, date, lead, network's name (null without one), image (null without one)
 * the search's snippet (HTML-safe; null without words searched) and whether only its network's members see it.
 */
public record NewsCard(String url, String title, LocalDate date, String lead, String network, String image,
                       String imageAlt, String snippet, boolean membersOnly) {
}
