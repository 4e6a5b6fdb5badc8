package fr.bocage.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shape every typed address must have (Bean Validation's own {@code @Email} checks the rest). */
class EmailAddressTest {
    private static final Pattern SHAPE = Pattern.compile(EmailAddress.WITH_TOP_LEVEL_DOMAIN);

    @ParameterizedTest
    @ValueSource(strings = {"erwan.legall@lannion.fr", "claire@asso.bzh", "a.b+c@sub.domaine.example"})
    void anAddressWithATopLevelDomainPasses(String address) {
        assertTrue(SHAPE.matcher(address).matches(), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"erwan.legall@lannion", "claire@asso", "x@asso.", "x@.asso", "x@asso..fr", "@asso.fr",
        "x@y@asso.fr"})
    void anAddressWithoutOneIsRefused(String address) {
        assertFalse(SHAPE.matcher(address).matches(), address);
    }
}
