package fr.bocage.training;

import fr.bocage.account.CurrentUser;
import fr.bocage.platform.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** What the training pages ask of a request beyond the contribution pages' questions. */
public final class TrainingPortal {
    private TrainingPortal() {
    }

    public static Optional<CurrentUser> user(HttpServletRequest request) {
        return Optional.ofNullable((CurrentUser) request.getAttribute(CurrentUser.ATTRIBUTE));
    }

    /** Trainers, moderators and administrators create trainings. */
    public static boolean trains(HttpServletRequest request) {
        return request.isUserInRole(Role.TRAINER) || request.isUserInRole(Role.MODERATOR)
                || request.isUserInRole(Role.ADMIN);
    }
}
