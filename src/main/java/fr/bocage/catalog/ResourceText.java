package fr.bocage.catalog;

import java.util.Optional;

/**
 * The indexed text of resources that have neither a file nor a written report, kept by another feature (a
 * webinar's abstract and speakers): each implementation answers for the resources it knows, empty for the others.
 */
public interface ResourceText {
    Optional<String> of(Resource resource);
}
