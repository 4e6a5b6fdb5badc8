package fr.bocage.training.course;

import fr.bocage.catalog.Resource;




/** A course's resource and course as the transaction that changed them left them. */
public record DescribedCourse(Resource resource, Course course) {
}
