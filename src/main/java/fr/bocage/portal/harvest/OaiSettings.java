package fr.bocage.portal.harvest;

import fr.bocage.catalog.ModerationContact;
import fr.bocage.platform.PublicUrl;
import fr.bocage.platform.web.Routes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How the OAI-PMH endpoint presents itself and pages its lists. */
@ApplicationScoped
public class OaiSettings {
    /** Records (or headers) per answer; a harvester asks for the next ones with the resumption token. */
    @Inject
    @ConfigProperty(name = "bocage.oai.page-size", defaultValue = "100")
    int pageSize;

    /** How long a resumption token is accepted: a day lets a slow harvester go through a large catalogue. */
    @Inject
    @ConfigProperty(name = "bocage.oai.token-minutes", defaultValue = "1440")
    long tokenMinutes;

    @Inject
    @ConfigProperty(name = "bocage.oai.repository-name", defaultValue = "Bocage — centre de ressources")
    String repositoryName;

    /** The moderators' address: who answers about the content. */
    @Inject
    ModerationContact moderation;

    /** The middle part of the identifiers ({@code oai:<this>:12}); by default the public address's host. */
    @Inject
    @ConfigProperty(name = "bocage.oai.repository-identifier")
    Optional<String> repositoryIdentifier;

    @Inject
    PublicUrl publicUrl;

    int pageSize() {
        return Math.max(1, pageSize);
    }

    Duration tokenLifetime() {
        return Duration.ofMinutes(Math.max(1, tokenMinutes));
    }

    String repositoryName() {
        return repositoryName;
    }

    String adminEmail() {
        return moderation.address();
    }

    String baseUrl() {
        return publicUrl.of(Routes.OAI);
    }

    String identifierPrefix() {
        return "oai:" + repositoryIdentifier.filter(s -> !s.isBlank())
                .orElseGet(() -> URI.create(publicUrl.of("/")).getHost()) + ":";
    }
}
