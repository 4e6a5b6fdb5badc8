package fr.bocage.network.actor;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceDescription;
import fr.bocage.platform.rest.ApiNames;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An actor as the API and the JSON export show it: {@code name} is its resource's title, {@code description} its
 * summary; codes for the kind, engagement, territory and themes. Never its contact address: {@code hasContact} says
 * only whether the contact form reaches the actor itself.
 */
@JsonbPropertyOrder({"id", "name", "kind", "description", "siren", "commune", "country", "territory", "themes", "website",
        "engagement", "engagedSince", "status", "hasContact", "url"})
public record ActorView(long id, String name, String kind, String description, String siren, String commune,
        String country, String territory, List<String> themes, String website, String engagement, Integer engagedSince,
        String status, boolean hasContact, String url) {

    static ActorView of(Resource r, Actor a) {
        ResourceDescription d = r.description();
        return new ActorView(r.getId(), d.title(), a.getKind().code(), d.summary(), a.getSiren(), a.getCommune(),
                a.getCountry(), d.territory(), d.themes(), a.getWebsite(), a.getEngagement() == null ? null : a.getEngagement().code(),
                a.getEngagedSince(), ApiNames.of(r.getStatus()), a.contactEmail() != null, ActorPages.page(r.getId()));
    }
}
