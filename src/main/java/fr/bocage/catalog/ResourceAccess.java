package fr.bocage.catalog;

import fr.bocage.account.Role;
import fr.bocage.platform.ApiException;
import fr.bocage.platform.Messages;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** Who may see a resource: everybody once published; before that, its author and the moderators. */
final class ResourceAccess {
    private ResourceAccess() {
    }

    static boolean isStaff(SecurityContext caller) {
        return caller.isUserInRole(Role.ADMIN) || caller.isUserInRole(Role.MODERATOR);
    }

    /** Publishing straight away is for those who moderate; anybody else's upload waits for review. */
    static ResourceStatus statusOfNewUpload(SecurityContext caller) {
        return isStaff(caller) ? ResourceStatus.PUBLISHED : ResourceStatus.SUBMITTED;
    }

    /** A resource the caller may not see answers exactly like one that does not exist. */
    static Resource visible(Resource resource, SecurityContext caller) {
        if (resource.isPublished() || isStaff(caller) || isOwner(resource, caller)) {
            return resource;
        }
        throw ApiException.notFound(Messages.format("resource.not-found", resource.getId()));
    }

    static void requireEditor(Resource resource, SecurityContext caller) {
        if (!isStaff(caller) && !(isOwner(resource, caller) && !resource.isPublished())) {
            throw new ApiException(Response.Status.FORBIDDEN, Messages.get("resource.forbidden"));
        }
    }

    private static boolean isOwner(Resource resource, SecurityContext caller) {
        return caller.getUserPrincipal() != null
                && caller.getUserPrincipal().getName().equals(resource.getCreatedBy());
    }
}
