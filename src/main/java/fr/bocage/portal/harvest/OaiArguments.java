package fr.bocage.portal.harvest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A request's arguments, checked as the protocol says: one verb among six, no argument twice, none the verb does
 * not take, the required ones present, a resumption token alone, dates of one granularity in order. Whatever passes
 * here is safe to echo in the answer's request element, whose schema types it.
 */
record OaiArguments(OaiVerb verb, Map<String, String> values) {
    static final String VERB = "verb";
    static final String IDENTIFIER = "identifier";
    static final String PREFIX = "metadataPrefix";
    static final String FROM = "from";
    static final String UNTIL = "until";
    static final String SET = "set";
    static final String TOKEN = "resumptionToken";

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SECOND = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    private static final Pattern PREFIX_SYNTAX = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+");

    static OaiArguments parse(Map<String, String[]> parameters) {
        String[] verbs = parameters.get(VERB);
        if (verbs == null || verbs.length != 1) {
            throw OaiError.of(OaiError.Code.badVerb, verbs == null ? "verb-missing" : "argument-repeated", VERB);
        }
        OaiVerb verb = OaiVerb.named(verbs[0])
                .orElseThrow(() -> OaiError.of(OaiError.Code.badVerb, "verb-unknown", verbs[0]));
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (name.equals(VERB)) {
                continue;
            }
            if (!accepts(verb, name)) {
                throw OaiError.of(OaiError.Code.badArgument, "argument-illegal", name, verb);
            }
            if (parameter.getValue().length != 1) {
                throw OaiError.of(OaiError.Code.badArgument, "argument-repeated", name);
            }
            values.put(name, parameter.getValue()[0]);
        }
        OaiArguments arguments = new OaiArguments(verb, values);
        arguments.check();
        return arguments;
    }

    private static boolean accepts(OaiVerb verb, String name) {
        return verb.required.contains(name) || verb.optional.contains(name) || name.equals(TOKEN) && verb.resumable();
    }

    private void check() {
        if (values.containsKey(TOKEN)) {
            if (values.size() > 1) {
                throw OaiError.of(OaiError.Code.badArgument, "token-exclusive");
            }
            return;
        }
        for (String required : verb.required) {
            if (!values.containsKey(required)) {
                throw OaiError.of(OaiError.Code.badArgument, "argument-missing", required, verb);
            }
        }
        get(PREFIX).filter(p -> !PREFIX_SYNTAX.matcher(p).matches())
                .ifPresent(p -> { throw OaiError.of(OaiError.Code.badArgument, "prefix-syntax", p); });
        get(SET).filter(s -> !HarvestSet.wellFormed(s))
                .ifPresent(s -> { throw OaiError.of(OaiError.Code.badArgument, "set-syntax", s); });
        get(IDENTIFIER).ifPresent(OaiArguments::checkUri);
        Optional<String> from = get(FROM);
        Optional<String> until = get(UNTIL);
        from.ifPresent(OaiArguments::start);
        until.ifPresent(OaiArguments::end);
        if (from.isPresent() && until.isPresent()) {
            if (from.get().length() != until.get().length()) {
                throw OaiError.of(OaiError.Code.badArgument, "granularities-differ");
            }
            if (start(from.get()).isAfter(start(until.get()))) {
                throw OaiError.of(OaiError.Code.badArgument, "from-after-until");
            }
        }
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The selection of a first list request (without a token). */
    HarvestWindow window() {
        return new HarvestWindow(get(FROM).map(OaiArguments::start).orElse(null),
                get(UNTIL).map(OaiArguments::end).orElse(null),
                get(SET).flatMap(HarvestSet::parse));
    }

    /** The first instant a bound names: the day's start, or its second. */
    static Instant start(String date) {
        try {
            if (DAY.matcher(date).matches()) {
                return HarvestWindow.clamp(LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            if (SECOND.matcher(date).matches()) {
                return HarvestWindow.clamp(Instant.parse(date));
            }
        } catch (DateTimeParseException e) {
            throw OaiError.of(OaiError.Code.badArgument, "date-invalid", date);
        }
        throw OaiError.of(OaiError.Code.badArgument, "date-syntax", date);
    }

    /**
     * The instant just after what an until bound names: datestamps are given to the second, so until=…T10:00:00Z
     * includes a change at 10:00:00.5, and until=a day the whole day.
     */
    static Instant end(String date) {
        Instant start = start(date);
        return HarvestWindow.clamp(start.plus(1, date.length() == 10 ? ChronoUnit.DAYS : ChronoUnit.SECONDS));
    }

    private static void checkUri(String identifier) {
        try {
            new URI(identifier);
        } catch (URISyntaxException e) {
            throw OaiError.of(OaiError.Code.badArgument, "identifier-syntax", identifier);
        }
    }

    /** The arguments to echo: those of a request that passed the checks, the verb first. */
    Map<String, String> echoed() {
        Map<String, String> echoed = new LinkedHashMap<>();
        echoed.put(VERB, verb.name());
        echoed.putAll(values);
        return echoed;
    }
}
