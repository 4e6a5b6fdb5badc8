package fr.bocage.account.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The configured OpenID Connect provider as its discovery document describes it, with the validator of its ID
 * tokens. Fetched at the first login, not at start-up (a provider that is down must not stop Bocage), then kept; a
 * failure is not kept, so the next login tries again.
 */
@ApplicationScoped
public class OidcProvider {
    /** Connect and read timeout of every call to the provider: one that hangs must not hold a request for long. */
    static final int TIMEOUT_MILLIS = 5_000;

    @Inject
    OidcSettings settings;

    private volatile Provider provider;

    /**
     * @param validator checks an ID token's signature against the provider's keys (fetched from its JWKS, kept,
     *                  fetched again for a key it does not know: keys rotate), issuer, audience, expiry and nonce
     * @param userInfo  checks a signed UserInfo answer with the same keys
     */
    record Provider(OIDCProviderMetadata metadata, IDTokenValidator validator, SignedUserInfo userInfo) {
    }

    Provider get() throws OidcRefusal {
        Provider known = provider;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (provider == null) {
                provider = discover();
            }
            return provider;
        }
    }

    /** Also checks that the document names the configured issuer (Nimbus refuses it otherwise). */
    private Provider discover() throws OidcRefusal {
        Issuer issuer = settings.issuer();
        try {
            OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(issuer, OidcProvider::withTimeouts);
            JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(metadata.getJWKSetURI().toURL(),
                    new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS)).build();
            JWSKeySelector<SecurityContext> signatures = new JWSVerificationKeySelector<>(
                    signatureAlgorithms(metadata), keys);
            return new Provider(metadata, new IDTokenValidator(metadata.getIssuer(), settings.clientId(), signatures,
                    null), new SignedUserInfo(metadata.getIssuer(), settings.clientId(), signatures));
        } catch (GeneralException | IOException e) {
            throw new OidcRefusal(OidcRefusal.Reason.UNAVAILABLE, "OpenID Connect discovery failed for " + issuer, e);
        }
    }

    static void withTimeouts(HTTPRequest request) {
        request.setConnectTimeout(TIMEOUT_MILLIS);
        request.setReadTimeout(TIMEOUT_MILLIS);
    }

    /**
     * The provider's ID-token algorithms that sign with its own keys. HMAC ones (keyed with the client secret) and
     * {@code none} are left out: a token signed so proves nothing about the provider.
     */
    private static Set<JWSAlgorithm> signatureAlgorithms(OIDCProviderMetadata metadata) throws GeneralException {
        Set<JWSAlgorithm> algorithms = metadata.getIDTokenJWSAlgs() == null ? Set.of(JWSAlgorithm.RS256)
                : metadata.getIDTokenJWSAlgs().stream().filter(JWSAlgorithm.Family.SIGNATURE::contains)
                        .collect(Collectors.toSet());
        if (algorithms.isEmpty()) {
            throw new GeneralException("The provider signs its ID tokens with no asymmetric algorithm: "
                    + metadata.getIDTokenJWSAlgs());
        }
        return algorithms;
    }
}
