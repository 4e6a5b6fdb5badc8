package fr.bocage.event.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlacesTest {

    @ParameterizedTest(name = "capacity {0}, {1} confirmed: a newcomer is {2}")
    @CsvSource({
        "3, 0, CONFIRMED",
        "3, 2, CONFIRMED",
        "3, 3, WAITING",
        "1, 2, WAITING", // capacity lowered below the confirmed count
        "0, 0, WAITING"})
    void newcomersAreConfirmedWhilePlacesRemain(int capacity, long confirmed, RegistrationStatus expected) {
        assertEquals(expected, new Places(capacity, confirmed).forNewcomer());
    }

    @ParameterizedTest(name = "capacity {0}, {1} confirmed: promote {2}")
    @CsvSource({
        "3, 2, 1", // a cancellation freed one place
        "5, 2, 3", // capacity raised: every added place
        "3, 3, 0",
        "1, 1, 0", // capacity lowered from 2 to 1, one of the two cancelled: still full, nobody promoted
        "1, 2, 0"}) // capacity lowered with two confirmed: never a negative count
    void placesGoToThePeopleWaitingOnlyWithinCapacity(int capacity, long confirmed, long expected) {
        assertEquals(expected, new Places(capacity, confirmed).toPromote());
    }
}
