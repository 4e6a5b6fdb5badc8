package fr.bocage.account.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.claims.UserInfo;
import java.util.Date;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** A signed UserInfo answer is taken only from the provider's keys, issuer and for this client. */
class SignedUserInfoTest {
    private static final String ISSUER = "https://auth.example.org";
    private static final String CLIENT = "bocage";

    private final RSAKey providerKey = key("provider");
    private final SignedUserInfo validator = new SignedUserInfo(new Issuer(ISSUER), new ClientID(CLIENT),
            new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                    new ImmutableJWKSet<SecurityContext>(new JWKSet(providerKey.toPublicJWK()))));

    private static RSAKey key(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new AssertionError(e);
        }
    }

    private static JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
        return change.apply(new JWTClaimsSet.Builder().issuer(ISSUER).audience(CLIENT).subject("agent-42")
                .claim("email", "agent@example.gouv.fr")).build();
    }

    private static SignedJWT signed(JWTClaimsSet claims, RSAKey key) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("provider").build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt;
    }

    @Test
    void theProvidersSignedAnswerIsRead() throws Exception {
        UserInfo info = validator.validate(signed(claims(b -> b), providerKey));
        assertEquals("agent-42", info.getSubject().getValue());
        assertEquals("agent@example.gouv.fr", info.getEmailAddress());
    }

    @Test
    void forgeriesAreRefused() throws Exception {
        assertThrows(BadJOSEException.class, () -> validator.validate(signed(claims(b -> b), key("provider"))),
                "another key under the provider's key id");
        assertThrows(BadJOSEException.class, () -> validator.validate(signed(claims(b -> b.issuer(ISSUER + "/x")),
                providerKey)));
        assertThrows(BadJOSEException.class, () -> validator.validate(signed(claims(b -> b.audience("autre")),
                providerKey)));
        assertThrows(BadJOSEException.class, () -> validator.validate(signed(claims(b -> b.audience((String) null)),
                providerKey)), "the audience is required");
        assertThrows(BadJOSEException.class, () -> validator.validate(signed(claims(b -> b.expirationTime(
                new Date(System.currentTimeMillis() - 3_600_000))), providerKey)), "expired");
        assertThrows(BadJOSEException.class, () -> validator.validate(new PlainJWT(claims(b -> b))), "unsigned");

        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(b -> b));
        hmac.sign(new MACSigner("un-secret-partage-de-trente-deux-octets!"));
        assertThrows(BadJOSEException.class, () -> validator.validate(hmac), "an HMAC proves nothing of the provider");
    }

    @Test
    void anAbsentEmailVerifiedCountsOnlyWhenTheOperatorTrustsTheProvider() {
        assertFalse(OidcLogin.emailVerified(null, false));
        assertTrue(OidcLogin.emailVerified(null, true));
        assertFalse(OidcLogin.emailVerified(false, true), "an explicit no is believed");
        assertTrue(OidcLogin.emailVerified("true", false));
        assertTrue(OidcLogin.emailVerified(true, false));
    }
}
