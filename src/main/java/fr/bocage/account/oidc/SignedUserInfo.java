package fr.bocage.account.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.claims.UserInfo;
import java.util.Set;

/**
 * A UserInfo answer sent as a signed JWT ({@code application/jwt}), as ProConnect does: trusted only when the
 * provider's own keys signed it (the ID tokens' keys and algorithms, so never {@code none} nor an HMAC), for this
 * client and from this issuer. Whether it is about the ID token's subject is the caller's check. Encrypted answers
 * are refused: Bocage has no key of its own to decrypt them.
 */
final class SignedUserInfo {
    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    SignedUserInfo(Issuer issuer, ClientID clientId, JWSKeySelector<SecurityContext> keys) {
        processor.setJWSKeySelector(keys);
        // Expiry and "not before" are checked too when present; a UserInfo JWT need not carry them.
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(clientId.getValue(),
                new JWTClaimsSet.Builder().issuer(issuer.getValue()).build(), Set.of("sub", "iss", "aud")));
    }

    UserInfo validate(JWT answer) throws BadJOSEException, JOSEException {
        return new UserInfo(processor.process(answer, null));
    }
}
