package fr.bocage.event.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.platform.error.InvalidInput;
import java.time.Instant;
import java.time.Year;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StartInstantTest {

    @ParameterizedTest
    @ValueSource(strings = {"0001-06-02T14:00", "+10000-06-02T14:00:00Z", "+999999999-12-31T23:59:59Z",
        "1990-01-01T10:00", "pas une date", "2026-13-40T25:00"})
    void datesThatNoTrainingHasAreRefusedWithAMessage(String text) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> StartInstant.parse(text));
        assertTrue(refused.getMessage().contains(text), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {-9, 0, 9})
    void datesWithinTenYearsAreRead(int years) {
        int year = Year.now().getValue() + years;
        assertEquals(Instant.parse(year + "-06-02T12:00:00Z"), StartInstant.parse(year + "-06-02T14:00"));
    }
}
