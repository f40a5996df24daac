package org.contrepoint.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The methods an address takes, for the {@code Allow} header of a 405 answer (RFC 9110, 15.5.6): read once from the
 * JAX-RS annotations of the application's resource classes. A path parameter matches any one segment; no two
 * routes of the application overlap, so the methods of every matching route are listed.
 */
@ApplicationScoped
public class AllowedMethods {

    private record Route(String[] segments, Set<String> methods) {

        boolean matches(String[] path) {
            if (path.length != segments.length) {
                return false;
            }
            for (int i = 0; i < path.length; i++) {
                if (!segments[i].startsWith("{") && !segments[i].equals(path[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    @Inject
    BeanManager beans;

    private volatile List<Route> routes;

    /** "GET, HEAD, POST", or empty when no route has this path. */
    public Optional<String> allow(String path) {
        String[] wanted = segments(path);
        Set<String> methods = new TreeSet<>();
        for (Route route : routes()) {
            if (route.matches(wanted)) {
                methods.addAll(route.methods());
            }
        }
        if (methods.contains(HttpMethod.GET)) {
            methods.add(HttpMethod.HEAD); // JAX-RS answers HEAD wherever it answers GET
        }
        return methods.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", methods));
    }

    private List<Route> routes() {
        List<Route> known = routes;
        if (known == null) {
            known = readRoutes();
            routes = known;
        }
        return known;
    }

    private List<Route> readRoutes() {
        Map<List<String>, Set<String>> found = new LinkedHashMap<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path base = type.getAnnotation(Path.class);
            if (base == null || !type.getPackageName().startsWith("org.contrepoint")) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String[] segments = segments(base.value() + "/" + (sub == null ? "" : sub.value()));
                found.computeIfAbsent(List.of(segments), s -> new TreeSet<>()).add(verb);
            }
        }
        return found.entrySet().stream().map(e -> new Route(e.getKey().toArray(String[]::new), e.getValue())).toList();
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** Path segments without empty ones; a template segment ("{id}" or "{id: [0-9]+}") is kept as written. */
    private static String[] segments(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }
}
