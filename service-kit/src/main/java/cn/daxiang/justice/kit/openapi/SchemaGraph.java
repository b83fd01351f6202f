package cn.daxiang.justice.kit.openapi;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which component schemas a document's operations refer to, directly or through other schemas. */
final class SchemaGraph {

    static final String SCHEMAS = "#/components/schemas/";

    private SchemaGraph() {
    }

    /**
     * Drops the component schemas no operation refers to. The scanner adds every class annotated
     * {@code @Schema}, and the kit's classes are in every service: without this, a service that has no
     * sync would publish the sync envelopes, and linters flag them as unused.
     */
    static void pruneUnused(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        Set<String> used = reachable(schemas, operationSchemas(api));
        for (String name : new ArrayList<>(schemas.keySet())) {
            if (!used.contains(name)) {
                api.getComponents().removeSchema(name);
            }
        }
    }

    /** Every schema an operation names: parameters, request bodies and responses of any status. */
    static List<Schema> operationSchemas(OpenAPI api) {
        List<Schema> roots = new ArrayList<>();
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return roots;
        }
        for (PathItem item : api.getPaths().getPathItems().values()) {
            addParameters(roots, item.getParameters());
            if (item.getOperations() == null) {
                continue;
            }
            for (Operation operation : item.getOperations().values()) {
                addParameters(roots, operation.getParameters());
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                        && operation.getRequestBody().getContent().getMediaTypes() != null) {
                    operation.getRequestBody().getContent().getMediaTypes().values().forEach(m -> roots.add(m.getSchema()));
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(r -> {
                        if (r.getContent() != null && r.getContent().getMediaTypes() != null) {
                            r.getContent().getMediaTypes().values().forEach(m -> roots.add(m.getSchema()));
                        }
                    });
                }
            }
        }
        return roots;
    }

    static void addParameters(List<Schema> roots, List<Parameter> parameters) {
        if (parameters != null) {
            parameters.forEach(p -> roots.add(p.getSchema()));
        }
    }

    /** The names of the component schemas the given schemas refer to, directly or through others. */
    static Set<String> reachable(Map<String, Schema> schemas, List<Schema> roots) {
        Set<String> names = new HashSet<>();
        Deque<Schema> todo = new ArrayDeque<>();
        roots.forEach(s -> push(todo, s));
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            if (!seen.add(schema)) {
                continue;
            }
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(SCHEMAS)) {
                String name = ref.substring(SCHEMAS.length());
                if (names.add(name)) {
                    push(todo, schemas.get(name));
                }
            }
            push(todo, schema.getItems());
            push(todo, schema.getAdditionalPropertiesSchema());
            push(todo, schema.getNot());
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(s -> push(todo, s));
            }
            for (List<Schema> list : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (list != null) {
                    list.forEach(s -> push(todo, s));
                }
            }
        }
        return names;
    }

    static void push(Deque<Schema> todo, Schema schema) {
        if (schema != null) {
            todo.push(schema);
        }
    }
}
