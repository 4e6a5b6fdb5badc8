package fr.bocage.portal.harvest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a list harvest stands, held by the harvester rather than the server: the selection, the last key given, how
 * many records came before, and until when it is valid. Nothing is kept server-side, so a token survives a restart
 * and costs nothing when abandoned; a forged one can only select what the public may harvest anyway.
 * <p>
 * Written as URL-safe Base64 of {@code v1|verb|from|until|set|seconds|nanos|id|cursor|expires}, bounds as epoch
 * seconds or empty.
 */
record ResumptionToken(OaiVerb verb, HarvestWindow window, HarvestKey last, long cursor, Instant expires) {
    private static final String VERSION = "v1";
    private static final int FIELDS = 10;

    String encode() {
        String text = String.join("|", VERSION, verb.name(), seconds(window.from()), seconds(window.before()),
                window.set().map(HarvestSet::spec).orElse(""), Long.toString(last.datestamp().getEpochSecond()),
                Integer.toString(last.datestamp().getNano()), Long.toString(last.id()), Long.toString(cursor),
                Long.toString(expires.getEpochSecond()));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The token a harvester sent back for this verb, if it is one of ours and still valid. */
    static ResumptionToken decode(String token, OaiVerb verb, Instant now) {
        ResumptionToken decoded;
        try {
            String[] fields = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1);
            if (fields.length != FIELDS || !fields[0].equals(VERSION) || !fields[1].equals(verb.name())) {
                throw bad();
            }
            Optional<HarvestSet> set = fields[4].isEmpty() ? Optional.empty() : HarvestSet.parse(fields[4]);
            if (!fields[4].isEmpty() && set.isEmpty()) {
                throw bad();
            }
            decoded = new ResumptionToken(verb, new HarvestWindow(instant(fields[2]), instant(fields[3]), set),
                    new HarvestKey(Instant.ofEpochSecond(Long.parseLong(fields[5]), Integer.parseInt(fields[6])),
                            Long.parseLong(fields[7])),
                    Long.parseLong(fields[8]), Instant.ofEpochSecond(Long.parseLong(fields[9])));
        } catch (IllegalArgumentException | java.time.DateTimeException | ArithmeticException e) {
            throw bad();
        }
        if (decoded.cursor < 0 || !HarvestWindow.storable(decoded.last.datestamp())
                || !decoded.window.storable()) {
            throw bad();
        }
        if (!decoded.expires.isAfter(now)) {
            throw OaiError.of(OaiError.Code.badResumptionToken, "token-expired");
        }
        return decoded;
    }

    private static OaiError bad() {
        return OaiError.of(OaiError.Code.badResumptionToken, "token-invalid");
    }

    private static String seconds(Instant instant) {
        return instant == null ? "" : Long.toString(instant.getEpochSecond());
    }

    private static Instant instant(String seconds) {
        return seconds.isEmpty() ? null : Instant.ofEpochSecond(Long.parseLong(seconds));
    }
}
