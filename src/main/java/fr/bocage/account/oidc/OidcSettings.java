package fr.bocage.account.oidc;

import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import fr.bocage.account.ExternalLogin;
import fr.bocage.account.LoginServlet;
import fr.bocage.platform.PublicUrl;
import fr.bocage.platform.web.Routes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Single sign-on with an OpenID Connect provider (ProConnect, Keycloak…), by configuration alone
 * ({@code BOCAGE_OIDC_ISSUER} and the others); off while no issuer is set.
 */
@ApplicationScoped
public class OidcSettings implements ExternalLogin {

    @Inject
    @ConfigProperty(name = "bocage.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "bocage.oidc.client-id")
    Optional<String> clientId;

    /** Absent for a public client, which then proves itself by PKCE alone. */
    @Inject
    @ConfigProperty(name = "bocage.oidc.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "bocage.oidc.name", defaultValue = "SSO")
    String name;

    @Inject
    @ConfigProperty(name = "bocage.oidc.scopes", defaultValue = "openid email profile")
    String scopes;

    /**
     * Whether an address the provider releases without {@code email_verified} counts as verified: only for a
     * federation that releases verified addresses alone (ProConnect). Off by default, since with a lax provider
     * anyone could sign on as the owner of any address.
     */
    @Inject
    @ConfigProperty(name = "bocage.oidc.trust-provider-emails", defaultValue = "false")
    boolean trustProviderEmails;

    @Inject
    PublicUrl publicUrl;

    boolean enabled() {
        return issuer.filter(i -> !i.isBlank()).isPresent();
    }

    @Override
    public Optional<LoginButton> loginButton(String returnTo) {
        if (!enabled()) {
            return Optional.empty();
        }
        String query = returnTo == null ? ""
                : "?" + LoginServlet.RETURN + "=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8);
        return Optional.of(new LoginButton(name.strip(), Routes.OIDC_START + query));
    }

    Issuer issuer() {
        return new Issuer(issuer.orElseThrow().strip());
    }

    ClientID clientId() {
        return new ClientID(clientId.filter(c -> !c.isBlank()).orElseThrow(() -> new IllegalStateException(
                "bocage.oidc.client-id (BOCAGE_OIDC_CLIENT_ID) is required when bocage.oidc.issuer is set")).strip());
    }

    Optional<Secret> clientSecret() {
        return clientSecret.filter(s -> !s.isBlank()).map(Secret::new);
    }

    boolean trustsProviderEmails() {
        return trustProviderEmails;
    }

    Scope scope() {
        Scope scope = Scope.parse(scopes);
        scope.add("openid");
        return scope;
    }

    /** Where the provider sends the person back: registered with it as the client's redirect URI. */
    URI redirectUri() {
        return URI.create(publicUrl.of(Routes.OIDC_RETURN));
    }
}
