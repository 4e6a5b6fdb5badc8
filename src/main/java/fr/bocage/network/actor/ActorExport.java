package fr.bocage.network.actor;

import fr.bocage.platform.CsvSheet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;

/** The published directory, whole, as CSV or as the API's JSON views. Never a contact address, never a draft. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ActorExport {
    static final List<String> COLUMNS = List.of("id", "name", "kind", "description", "siren", "commune", "territory",
            "themes", "website", "engagement", "engagedSince", "url");

    @Inject
    ActorRepository actors;

    /** One query whatever the directory's size (it was one per actor: 2,001 for 2,000 actors). */
    List<ActorView> published() {
        return actors.published();
    }

    /**
     * As a French spreadsheet opens it at a double click, like the registrants' CSV: UTF-8 with its byte order mark,
     * « ; » between fields. Themes are codes separated by « | »; typed text that a spreadsheet would run as a formula
     * is shown as text.
     */
    String csv() {
        return CsvSheet.write(COLUMNS.toArray(String[]::new), published().stream().map(v -> Arrays.asList(v.id(),
                v.name(), v.kind(), v.description(), v.siren(), v.commune(), v.territory(), String.join("|", v.themes()),
                v.website(), v.engagement(), v.engagedSince(), v.url())).toList());
    }
}
