package fr.bocage.platform.metrics;

/**
 * The route of a request as metrics name it: the path template, never the path asked for, so that the number of
 * series stays that of the routes whatever people type.
 */
public final class RouteTemplate {
    private RouteTemplate() {
    }

    /**
     * Joins JAX-RS {@code @Path} values into one template, keeping each parameter's name without its regular
     * expression: {@code "claims/{cid: \\d{1,18}}/confirm"} becomes {@code "claims/{cid}/confirm"}.
     */
    public static String of(String... parts) {
        StringBuilder route = new StringBuilder();
        for (String part : parts) {
            if (part == null || part.isBlank()) {
                continue;
            }
            if (route.length() == 0 || route.charAt(route.length() - 1) != '/') {
                route.append('/');
            }
            route.append(withoutExpressions(part.startsWith("/") ? part.substring(1) : part));
        }
        int end = route.length();
        while (end > 1 && route.charAt(end - 1) == '/') {
            end--;
        }
        return route.length() == 0 ? "/" : route.substring(0, end);
    }

    private static String withoutExpressions(String template) {
        StringBuilder out = new StringBuilder(template.length());
        int depth = 0;
        boolean inName = false;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{') {
                depth++;
                if (depth == 1) {
                    out.append('{');
                    inName = true;
                }
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    out.append('}');
                    inName = false;
                }
            } else if (depth == 0) {
                out.append(c);
            } else if (inName) {
                if (c == ':') {
                    inName = false;
                } else if (!Character.isWhitespace(c)) {
                    out.append(c);
                }
            }
        }
        return out.toString();
    }
}
