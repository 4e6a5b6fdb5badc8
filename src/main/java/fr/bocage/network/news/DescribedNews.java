package fr.bocage.network.news;

import fr.bocage.catalog.Resource;

/** A news item's resource and fields as the transaction that changed them left them. */
public record DescribedNews(Resource resource, News news) {
}
