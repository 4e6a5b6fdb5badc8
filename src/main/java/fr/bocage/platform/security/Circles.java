package fr.bocage.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;

/**
 * The circles a caller sees into: none for a visitor, every one for an administrator ({@link #ALL}), otherwise those
 * the areas with members say (looked up through {@link CircleMembership}, one query per area and request). Content
 * without a circle is public: nobody needs a circle to see it.
 */
@ApplicationScoped
public class Circles {

    /** Stands for every circle: administrators see all members-only content. */
    public static final String ALL = "*";

    @Inject
    Instance<CircleMembership> areas;

    public Set<String> of(Caller caller) {
        if (caller == null || caller.username() == null) {
            return Set.of();
        }
        if (caller.admin()) {
            return Set.of(ALL);
        }
        Set<String> circles = new HashSet<>();
        areas.forEach(area -> circles.addAll(area.circlesOf(caller.username())));
        return Set.copyOf(circles);
    }

    /** Whether content of {@code circle} (null: public) is visible to who is inside {@code circles}. */
    public static boolean sees(Set<String> circles, String circle) {
        return circle == null || circles.contains(ALL) || circles.contains(circle);
    }
}
