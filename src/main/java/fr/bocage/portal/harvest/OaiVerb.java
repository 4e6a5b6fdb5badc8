package fr.bocage.portal.harvest;

import java.util.Optional;
import java.util.Set;

/** The six requests of OAI-PMH 2.0, with the arguments each takes besides the verb. */
enum OaiVerb {
    Identify(Set.of(), Set.of()),
    ListMetadataFormats(Set.of(), Set.of(OaiArguments.IDENTIFIER)),
    ListSets(Set.of(), Set.of()),
    GetRecord(Set.of(OaiArguments.IDENTIFIER, OaiArguments.PREFIX), Set.of()),
    ListIdentifiers(Set.of(OaiArguments.PREFIX), Set.of(OaiArguments.FROM, OaiArguments.UNTIL, OaiArguments.SET)),
    ListRecords(Set.of(OaiArguments.PREFIX), Set.of(OaiArguments.FROM, OaiArguments.UNTIL, OaiArguments.SET));

    final Set<String> required;
    final Set<String> optional;

    OaiVerb(Set<String> required, Set<String> optional) {
        this.required = required;
        this.optional = optional;
    }

    /** The list requests, which a resumption token continues (ListSets has one page: its tokens are all bad). */
    boolean resumable() {
        return this == ListSets || this == ListIdentifiers || this == ListRecords;
    }

    static Optional<OaiVerb> named(String name) {
        for (OaiVerb verb : values()) {
            if (verb.name().equals(name)) {
                return Optional.of(verb);
            }
        }
        return Optional.empty();
    }
}
