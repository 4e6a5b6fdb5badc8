package fr.bocage.network.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SIREN check: nine digits whose Luhn sum is a multiple of ten, spaces as people write them aside. */
class SirenTest {

    @ParameterizedTest
    @ValueSource(strings = {"130025265", "130 025 265", "732829320", "552100554", "356000000", "542\u00a0065\u00a0479"})
    void registeredNumbersPass(String siren) {
        assertTrue(Siren.isValid(siren), siren);
        assertTrue(new SirenNumber.Check().isValid(siren, null), siren);
    }

    @ParameterizedTest
    @ValueSource(strings = {"130025266", "123456789", "13002526", "1300252650", "13002526A", "１３００２５２６５",
            "-30025265", "130-025-265"})
    void wrongNumbersFail(String siren) {
        assertFalse(Siren.isValid(siren), siren);
        assertFalse(new SirenNumber.Check().isValid(siren, null), siren);
    }

    @Test
    void noneIsValidForTheConstraintButNotANumber() {
        assertTrue(new SirenNumber.Check().isValid(null, null));
        assertTrue(new SirenNumber.Check().isValid("  ", null));
        assertFalse(Siren.isValid(null));
        assertNull(Siren.normalised(" \u202f"));
        assertEquals("130025265", Siren.normalised(" 130 025\u202f265 "));
    }

    /** Each single digit typed wrong is caught: that is what a Luhn key is for. */
    @Test
    void everySingleDigitErrorIsCaught() {
        String valid = "732829320";
        for (int position = 0; position < valid.length(); position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == valid.charAt(position)) {
                    continue;
                }
                String typo = valid.substring(0, position) + digit + valid.substring(position + 1);
                assertFalse(Siren.isValid(typo), typo);
            }
        }
    }
}
