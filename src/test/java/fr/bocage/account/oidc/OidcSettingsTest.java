package fr.bocage.account.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.bocage.account.ExternalLogin.LoginButton;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the login page offers: a single sign-on button only when a provider is configured. */
class OidcSettingsTest {

    private static OidcSettings settings(String issuer) {
        OidcSettings settings = new OidcSettings();
        settings.issuer = Optional.ofNullable(issuer);
        settings.clientId = Optional.of("bocage");
        settings.clientSecret = Optional.empty();
        settings.name = "ProConnect";
        settings.scopes = "email profile";
        return settings;
    }

    @Test
    void noIssuerNoButton() {
        assertEquals(Optional.empty(), settings(null).loginButton(null));
        assertEquals(Optional.empty(), settings(" ").loginButton("/mon-espace"), "a blank issuer is no issuer");
    }

    @Test
    void theButtonNamesTheProviderAndKeepsTheWayBack() {
        OidcSettings on = settings("https://auth.example.org/realms/bocage");
        assertEquals(Optional.of(new LoginButton("ProConnect", "/connexion/oidc")), on.loginButton(null));
        assertEquals("/connexion/oidc?retour=%2Frecherche%3Fq%3Dhaies%26page%3D2",
                on.loginButton("/recherche?q=haies&page=2").orElseThrow().href());
    }

    @Test
    void openidIsAlwaysAsked() {
        assertEquals("email openid profile", String.join(" ", settings("https://a.example").scope().toStringList()
                .stream().sorted().toList()));
    }
}
