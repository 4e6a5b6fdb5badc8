package fr.bocage.event.material;

import java.util.List;

/**
 * The materials section of a webinar's or course's page (materials.jspf), under the same name on both pages' records.
 *
 * @param mayAttach whether the reader runs the training, and so sees the upload form
 */
public record MaterialsSection(long trainingId, List<MaterialLink> links, boolean mayAttach) {
}
