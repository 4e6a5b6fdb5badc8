package fr.bocage.demo;

import java.util.List;

/**
 * A demo webinar or course as its JSON file gives it: what the API would receive, its title for the log, and the
 * demo files (by name, rows of the demo manifest) that are its materials.
 */
record DemoTraining<T>(T input, String title, List<String> materials) {
}
