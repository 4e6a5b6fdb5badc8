package fr.bocage.network.event;

import fr.bocage.event.material.MaterialsSection;

/** « Revivre ce rendez-vous », /agenda/{id}/revivre: the recap, the replay and the materials of a past event. */
public record RelivePage(EventCard event, MaterialsSection materials) {
}
