package fr.bocage.demo;

import fr.bocage.catalog.MetadataInput;
import fr.bocage.network.event.EventInput;
import java.time.LocalDate;
import java.util.List;

/**
 * The network's demo events, dated from the day they are loaded so that the agenda always has some to come: the
 * twice-yearly network meeting (past, with its recap, and the next one), a technical day in La Réunion (in its own
 * time), a remote seminar, a hybrid gathering and a field day. Each is marked as demonstration content. The
 * network meetings and the field day are in the demo network « haies-et-bocages », the gathering in
 * « territoires-participatifs » (their pages' « Agenda du réseau »).
 */
final class DemoEvents {
    private static final String HEDGES = "haies-et-bocages";
    private static final String PARTICIPATION = "territoires-participatifs";

    private DemoEvents() {
    }

    static List<EventInput> of(LocalDate today) {
        return List.of(
                event("Réunion semestrielle du réseau bocager (automne)", "Les membres du réseau se retrouvent deux "
                        + "fois par an : bilan des plantations et projets de l'hiver.", "bretagne", "network-meeting",
                        "in-person", today.minusDays(60), "09:30", "17:00", "Maison du bocage", "Lannion", null,
                        "9 h 30 : accueil. 10 h : bilan des chantiers. 14 h : visite de haies replantées.",
                        "Quarante participants ; trois groupes de travail lancés (entretien, bois énergie, "
                                + "pédagogie) ; prochaine réunion au printemps.", 60, HEDGES),
                event("Réunion semestrielle du réseau bocager (printemps)", "La prochaine réunion des membres du "
                        + "réseau, sur place ou à distance.", "bretagne", "network-meeting", "hybrid",
                        today.plusDays(45), "09:30", "17:00", "Maison du bocage", "Lannion",
                        "https://visio.example/reseau-bocager", "Matin : ateliers. Après-midi : sortie de terrain.",
                        null, 60, HEDGES),
                event("Journée technique : haies et ravines à La Réunion", "Gestion des haies brise-vent et des "
                        + "ravines, à l'heure de La Réunion.", "la-reunion", "technical-day", "in-person",
                        today.plusDays(30), "09:00", "16:00", "Conservatoire botanique", "Saint-Leu", null,
                        "9 h : accueil. 10 h : visite d'une ravine restaurée. 14 h : atelier essences indigènes.",
                        null, 25, null),
                event("Séminaire en ligne : suivre la biodiversité des haies", "Protocoles de suivi simples pour "
                        + "les gestionnaires, à distance.", "national", "seminar", "remote", today.plusDays(20),
                        "14:00", "16:30", null, null, "https://visio.example/seminaire-haies",
                        "Trois interventions et un temps d'échange.", null, 200, null),
                event("Rencontre des animateurs de Nouvelle-Aquitaine", "Échanges entre animateurs bocagers de la "
                        + "région.", "nouvelle-aquitaine", "gathering", "hybrid", today.plusDays(75), "10:00",
                        "16:00", "Salle des fêtes", "Parthenay", "https://visio.example/rencontre-na",
                        "Tour de table, puis ateliers par département.", null, 40, PARTICIPATION),
                event("Journée de terrain : tailler sans abîmer", "Démonstration de taille douce et de matériel "
                        + "adapté.", "normandie", "technical-day", "in-person", today.plusDays(100), "09:00",
                        "17:00", "Ferme de la Haie", "Domfront", null, "Matin : théorie. Après-midi : pratique.",
                        null, 20, HEDGES));
    }

    private static EventInput event(String title, String summary, String territory, String kind, String format,
            LocalDate day, String start, String end, String place, String commune, String joinUrl, String programme,
            String recap, int capacity, String network) {
        MetadataInput metadata = new MetadataInput(title, summary + " (contenu de démonstration)", null,
                List.of("biodiversity"), territory, List.of(), null, null, null, null, List.of(), null,
                List.of("démonstration"), null);
        return new EventInput(metadata, kind, format, day + "T" + start, day + "T" + end, null, place, null, commune,
                joinUrl, programme, capacity, null, network, false, recap, null);
    }
}
