package cn.daxiang.justice.kit.input;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The control-character rule for what does not come through Jackson: every query and path
 * parameter, and the headers a resource method reads ({@code @HeaderParam}, e.g.
 * {@code Idempotency-Key}, {@code If-Match}), checked before the method runs.
 */
public class TextParameterFilter {

    private static final Map<Method, List<String>> HEADERS = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        var uri = request.getUriInfo();
        uri.getQueryParameters().forEach((name, values) -> values.forEach(v -> ControlCharacters.check(name, v)));
        uri.getPathParameters().forEach((name, values) -> values.forEach(v -> ControlCharacters.check(name, v)));
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method != null) {
            for (String header : HEADERS.computeIfAbsent(method, TextParameterFilter::headersOf)) {
                List<String> values = request.getHeaders().get(header);
                if (values != null) {
                    values.forEach(v -> ControlCharacters.check(header, v));
                }
            }
        }
    }

    static List<String> headersOf(Method method) {
        List<String> names = new ArrayList<>();
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation a : annotations) {
                if (a instanceof HeaderParam header) {
                    names.add(header.value());
                }
            }
        }
        return List.copyOf(names);
    }
}
