package fr.bocage.contribution;

import fr.bocage.catalog.ResourceView;
import fr.bocage.platform.web.Routes;
import fr.bocage.portal.UiText;




/** One line of the dashboard: what it is, where it stands, and where to go for it. */
public record ContributionRow(String title, String status, String statusLabel, String url, String updated) {

    static ContributionRow of(ResourceView r) {
        return new ContributionRow(r.title(), r.status(), UiText.format("status." + r.status()),
                Routes.MY_RESOURCE + r.id(), UiText.dayAndTime(r.updatedAt()));
    }
}
