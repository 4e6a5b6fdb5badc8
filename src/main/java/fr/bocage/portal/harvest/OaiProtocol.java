package fr.bocage.portal.harvest;

import fr.bocage.catalog.Vocabularies;
import fr.bocage.catalog.VocabularyKind;
import fr.bocage.catalog.VocabularyTerm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The six verbs of OAI-PMH 2.0 over the harvestable resources: what each request answers, or its protocol error. */
@ApplicationScoped
public class OaiProtocol {

    @Inject
    HarvestQueries queries;

    @Inject
    OaiSettings settings;

    @Inject
    Vocabularies vocabularies;

    @Transactional
    OaiAnswer answer(OaiArguments arguments, Instant now) {
        return switch (arguments.verb()) {
            case Identify -> new OaiAnswer.Identity(queries.earliest().orElse(now));
            case ListMetadataFormats -> formats(arguments);
            case ListSets -> sets(arguments);
            case GetRecord -> record(arguments);
            case ListIdentifiers, ListRecords -> list(arguments, now);
        };
    }

    private OaiAnswer formats(OaiArguments arguments) {
        arguments.get(OaiArguments.IDENTIFIER).ifPresent(this::header);
        return new OaiAnswer.Formats();
    }

    private OaiAnswer sets(OaiArguments arguments) {
        if (arguments.get(OaiArguments.TOKEN).isPresent()) {
            // The sets come in one answer: no token of ours ever continues them.
            throw OaiError.of(OaiError.Code.badResumptionToken, "token-invalid");
        }
        List<OaiAnswer.SetEntry> sets = new ArrayList<>();
        for (HarvestSet.Kind kind : HarvestSet.Kind.values()) {
            VocabularyKind vocabulary = kind == HarvestSet.Kind.TYPE ? VocabularyKind.TYPE : VocabularyKind.THEME;
            for (VocabularyTerm term : vocabularies.terms(vocabulary)) {
                // A code outside the setSpec syntax (added by an administrator) cannot be a set.
                HarvestSet set = new HarvestSet(kind, term.getCode());
                if (HarvestSet.wellFormed(set.spec())) {
                    sets.add(new OaiAnswer.SetEntry(set.spec(), term.getLabel()));
                }
            }
        }
        return new OaiAnswer.Sets(sets);
    }

    private OaiAnswer record(OaiArguments arguments) {
        HarvestHeader header = header(arguments.get(OaiArguments.IDENTIFIER).orElseThrow());
        requireFormat(arguments.get(OaiArguments.PREFIX).orElseThrow());
        List<HarvestHeader> headers = List.of(header);
        return new OaiAnswer.Records(headers, queries.resources(headers), Optional.empty());
    }

    private OaiAnswer list(OaiArguments arguments, Instant now) {
        ResumptionToken resumed = arguments.get(OaiArguments.TOKEN)
                .map(token -> ResumptionToken.decode(token, arguments.verb(), now)).orElse(null);
        if (resumed == null) {
            requireFormat(arguments.get(OaiArguments.PREFIX).orElseThrow());
        }
        HarvestWindow window = resumed == null ? arguments.window() : resumed.window();
        HarvestKey after = resumed == null ? HarvestKey.START : resumed.last();
        long cursor = resumed == null ? 0 : resumed.cursor();
        if (resumed == null && arguments.get(OaiArguments.SET).isPresent() && window.set().isEmpty()) {
            throw OaiError.of(OaiError.Code.noRecordsMatch, "no-records");
        }
        int size = settings.pageSize();
        // One more than a page tells whether another follows, without counting.
        List<HarvestHeader> found = queries.after(window, after, size + 1);
        if (found.isEmpty()) {
            throw OaiError.of(OaiError.Code.noRecordsMatch, "no-records");
        }
        List<HarvestHeader> page = found.subList(0, Math.min(size, found.size()));
        Optional<OaiAnswer.Token> token = Optional.empty();
        if (found.size() > size || resumed != null) {
            long total = queries.count(window);
            if (found.size() > size) {
                Instant expires = now.plus(settings.tokenLifetime());
                String value = new ResumptionToken(arguments.verb(), window, page.get(page.size() - 1).key(),
                        cursor + page.size(), expires).encode();
                token = Optional.of(new OaiAnswer.Token(value, expires, Math.max(total, cursor + found.size()), cursor));
            } else {
                token = Optional.of(new OaiAnswer.Token("", null, Math.max(total, cursor + page.size()), cursor));
            }
        }
        boolean withMetadata = arguments.verb() == OaiVerb.ListRecords;
        return new OaiAnswer.Records(page, withMetadata ? queries.resources(page) : Map.of(), token);
    }

    private HarvestHeader header(String identifier) {
        String prefix = settings.identifierPrefix();
        if (identifier.startsWith(prefix)) {
            String id = identifier.substring(prefix.length());
            if (id.matches("[1-9][0-9]{0,17}")) {
                Optional<HarvestHeader> header = queries.find(Long.parseLong(id));
                if (header.isPresent()) {
                    return header.get();
                }
            }
        }
        throw OaiError.of(OaiError.Code.idDoesNotExist, "id-unknown", identifier);
    }

    private static void requireFormat(String prefix) {
        if (!DublinCore.PREFIX.equals(prefix)) {
            throw OaiError.of(OaiError.Code.cannotDisseminateFormat, "format-unknown", prefix, DublinCore.PREFIX);
        }
    }
}
