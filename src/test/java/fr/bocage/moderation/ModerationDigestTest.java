package fr.bocage.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.platform.Messages;
import fr.bocage.platform.PublicUrl;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModerationDigestTest {

    @Test
    void itIsOffUnlessATimeOfDayIsSet() {
        assertEquals(Optional.empty(), ModerationDigest.time(Optional.empty()));
        assertEquals(Optional.empty(), ModerationDigest.time(Optional.of(" off ")));
        assertEquals(Optional.of(LocalTime.of(8, 0)), ModerationDigest.time(Optional.of("08:00")));
        assertThrows(IllegalStateException.class, () -> ModerationDigest.time(Optional.of("8h")));
    }

    @Test
    void theNextRunIsTodayIfTheHourIsToComeTomorrowOtherwiseInFrenchTimeAcrossTheClockChange() {
        LocalTime eight = LocalTime.of(8, 0);
        assertEquals(Duration.ofHours(2), ModerationDigest.untilNext(paris(2026, 12, 5, 6, 0), eight));
        assertEquals(Duration.ofHours(23), ModerationDigest.untilNext(paris(2026, 12, 5, 9, 0), eight));
        assertEquals(Duration.ofHours(24), ModerationDigest.untilNext(paris(2026, 12, 5, 8, 0), eight));
        // The night summer time starts (29 March 2026), the day is 23 hours long.
        assertEquals(Duration.ofHours(22), ModerationDigest.untilNext(paris(2026, 3, 28, 9, 0), eight));
    }

    private static final PublicUrl EXAMPLE = new PublicUrl() {
        @Override
        public String of(String path) {
            return "https://bocage.example" + path;
        }
    };

    @Test
    void theMailListsWhatWaitsWithItsPageThenTheQueue() {
        ModerationDigest digest = new ModerationDigest();
        digest.publicUrl = EXAMPLE;
        String text = digest.text(List.of(
                new ModerationPages.QueueRow("Mares", "Claire Martin", "5 déc. 2026 à 10:00", "complet", "/moderation/ressources/7"),
                new ModerationPages.QueueRow("Haies", "Yann", "6 déc. 2026 à 9:00", "complet", "/moderation/ressources/9")),
                2);
        assertTrue(text.startsWith("2 contributions attendent une relecture, la plus ancienne d'abord :\n"), text);
        assertFalse(text.contains("Et "), text);
        assertTrue(text.contains("- « Mares », proposée par Claire Martin, envoyée le 5 déc. 2026 à 10:00 :\n"
                + "  https://bocage.example/moderation/ressources/7\n"), text);
        assertTrue(text.contains("La file de modération : https://bocage.example/moderation\n"), text);
        assertEquals("Bocage : une contribution attend votre relecture", Messages.format("mail.digest.subject", 1));
    }

    @Test
    void aLongQueueListsItsFirstPageAndCountsTheRest() {
        ModerationDigest digest = new ModerationDigest();
        digest.publicUrl = EXAMPLE;
        String text = digest.text(List.of(new ModerationPages.QueueRow("Mares", "Claire Martin",
                "5 déc. 2026 à 10:00", "complet", "/moderation/ressources/7")), 120);
        assertTrue(text.startsWith("120 contributions attendent une relecture"), text);
        assertTrue(text.contains("\n\nEt 119 autres, dans la file de modération.\n"), text);
        assertEquals(1, text.split("\n- « ").length - 1);
    }

    private static ZonedDateTime paris(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(ModerationDigest.FRENCH_TIME);
    }
}
