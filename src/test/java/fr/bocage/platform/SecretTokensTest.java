package fr.bocage.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretTokensTest {

    @Test
    void aTokenItMadeIsWellFormedAndHostileInputIsNot() {
        assertTrue(SecretTokens.wellFormed(SecretTokens.next()));
        String token = SecretTokens.next();
        for (String hostile : new String[] {null, "", "\0", token + "x", token.substring(1), token.replace(
                token.charAt(5), '\0'), "' OR '1'='1'-- aaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}) {
            assertFalse(SecretTokens.wellFormed(hostile), String.valueOf(hostile));
        }
    }
}
