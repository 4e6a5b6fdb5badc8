package fr.bocage.network.project;

import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Role;

/**
 * Who may do what with projects, decided here only. Anybody who may create a network's action (contributors,
 * moderators, administrators) may start a project, and coordinates it; its coordinators and the administrators
 * describe and publish it; a draft is seen by them only.
 */
public final class ProjectAccess {
    private ProjectAccess() {
    }

    public static boolean mayCreate(Caller caller) {
        return caller.has(Role.CONTRIBUTOR) || caller.has(Role.MODERATOR) || caller.admin();
    }

    public static boolean mayEdit(Project project, Caller caller) {
        return caller.admin() || project.isCoordinatedBy(caller.username());
    }

    public static boolean maySee(Project project, Caller caller) {
        return project.isPublished() || mayEdit(project, caller);
    }
}
