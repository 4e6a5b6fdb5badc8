package fr.bocage.portal.harvest;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An OAI-PMH set: the resources of a type ({@code type:guide}) or of a theme ({@code theme:water}), named by the
 * vocabularies' codes. There is no hierarchy beyond these two kinds.
 */
record HarvestSet(Kind kind, String code) {
    /** The protocol's syntax of a setSpec. */
    private static final Pattern SPEC = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+(:[A-Za-z0-9\\-_.!~*'()]+)*");

    enum Kind {
        TYPE("type"), THEME("theme");

        final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    static boolean wellFormed(String spec) {
        return SPEC.matcher(spec).matches();
    }

    /** The set a well-formed spec names, or empty when it names none of ours (which then matches no record). */
    static Optional<HarvestSet> parse(String spec) {
        int colon = spec.indexOf(':');
        if (colon < 0 || spec.indexOf(':', colon + 1) >= 0) {
            return Optional.empty();
        }
        String prefix = spec.substring(0, colon);
        for (Kind kind : Kind.values()) {
            if (kind.prefix.equals(prefix)) {
                return Optional.of(new HarvestSet(kind, spec.substring(colon + 1)));
            }
        }
        return Optional.empty();
    }

    String spec() {
        return kind.prefix + ":" + code;
    }
}
