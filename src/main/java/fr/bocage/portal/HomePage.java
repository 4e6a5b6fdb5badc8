package fr.bocage.portal;

import java.util.List;

/** The home page: the latest published resources, how many there are, and how many of each type. */
public record HomePage(long total, List<HitView> latest, List<KeyFigure> types) {
}
