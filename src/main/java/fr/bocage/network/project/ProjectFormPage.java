package fr.bocage.network.project;

import fr.bocage.platform.web.FormFeedback;

/**
 * The project form, new or for a project to change.
 *
 * @param editing the project's slug; null for a new one
 * @param editingTitle its title; null for a new one
 */
public record ProjectFormPage(ProjectForm project, String editing, String editingTitle, FormFeedback feedback) {
}
