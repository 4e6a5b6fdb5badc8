package fr.bocage.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Constraint violations as a validator reports them, for tests without a Bean Validation provider. */
public final class Violations {
    private static final Pattern NODE = Pattern.compile("([^.\\[]+)(?:\\[(\\d+)])?");

    private Violations() {
    }

    /**
     * @param path as Hibernate Validator prints it: {@code metadata.title}, {@code themes[0].<list element>},
     *             {@code speakers[1].name} (the index on the list, the next node being in it)
     */
    public static ConstraintViolation<?> of(String path, String message) {
        Path property = path(path);
        return (ConstraintViolation<?>) Proxy.newProxyInstance(Violations.class.getClassLoader(),
                new Class<?>[] {ConstraintViolation.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getPropertyPath" -> property;
                    case "getMessage" -> message;
                    case "toString" -> path + ": " + message;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }

    static Path path(String path) {
        List<Path.Node> nodes = new ArrayList<>();
        Integer pendingIndex = null;
        for (String part : path.split("\\.")) {
            Matcher m = NODE.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException(part);
            }
            String name = m.group(1);
            boolean container = name.startsWith("<");
            nodes.add(node(name, container ? ElementKind.CONTAINER_ELEMENT : ElementKind.PROPERTY,
                    pendingIndex));
            pendingIndex = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        }
        return (Path) Proxy.newProxyInstance(Violations.class.getClassLoader(), new Class<?>[] {Path.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "iterator" -> nodes.iterator();
                    case "toString" -> path;
                    case "hashCode" -> path.hashCode();
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }

    private static Path.Node node(String name, ElementKind kind, Integer index) {
        return (Path.Node) Proxy.newProxyInstance(Violations.class.getClassLoader(), new Class<?>[] {Path.Node.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> name;
                    case "getKind" -> kind;
                    case "isInIterable" -> index != null;
                    case "getIndex" -> index;
                    case "toString" -> name;
                    case "hashCode" -> name.hashCode();
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }
}
