package fr.bocage.platform.metrics;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;

/**
 * Names the API route a request matched (e.g. {@code /api/resources/{id}}) for {@link RequestTimer}: request
 * properties are the servlet request's attributes.
 */
@Provider
public class ApiRoutes implements ContainerRequestFilter {
    private static final String API = "/api";

    @Context
    ResourceInfo matched;

    @Override
    public void filter(ContainerRequestContext request) {
        if (matched.getResourceClass() != null) {
            request.setProperty(RequestTimer.ROUTE, RouteTemplate.of(API,
                    pathOf(declaring(matched.getResourceClass())), pathOf(matched.getResourceMethod())));
        }
    }

    /** The class that carries {@code @Path}: the resource's own, not a CDI proxy's subclass. */
    private static Class<?> declaring(Class<?> resource) {
        Class<?> type = resource;
        while (type != null && !type.isAnnotationPresent(Path.class)) {
            type = type.getSuperclass();
        }
        return type;
    }

    private static String pathOf(AnnotatedElement element) {
        Path path = element == null ? null : element.getAnnotation(Path.class);
        return path == null ? null : path.value();
    }
}
