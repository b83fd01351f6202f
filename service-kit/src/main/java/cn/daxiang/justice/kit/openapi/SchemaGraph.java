package cn.daxiang.justice.kit.openapi;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
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
import java.util.function.BiConsumer;

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
        List<Schema> roots = new ArrayList<>();
        forEachOperationSchema(api, (use, schema) -> roots.add(schema));
        Set<String> used = reachable(schemas, roots);
        for (String name : new ArrayList<>(schemas.keySet())) {
            if (!used.contains(name)) {
                api.getComponents().removeSchema(name);
            }
        }
    }

    /** Where an operation names a schema. */
    enum Use { INPUT, SUCCESS, PROBLEM }

    /** Every schema an operation names: parameters and request bodies, and responses by status. */
    static void forEachOperationSchema(OpenAPI api, BiConsumer<Use, Schema> action) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : api.getPaths().getPathItems().values()) {
            parameters(item.getParameters(), action);
            if (item.getOperations() == null) {
                continue;
            }
            for (Operation operation : item.getOperations().values()) {
                parameters(operation.getParameters(), action);
                if (operation.getRequestBody() != null) {
                    content(operation.getRequestBody().getContent(), Use.INPUT, action);
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().forEach((status, response) ->
                            content(response.getContent(), status.startsWith("2") ? Use.SUCCESS : Use.PROBLEM, action));
                }
            }
        }
    }

    static void parameters(List<Parameter> parameters, BiConsumer<Use, Schema> action) {
        if (parameters != null) {
            parameters.stream().filter(p -> p.getSchema() != null).forEach(p -> action.accept(Use.INPUT, p.getSchema()));
        }
    }

    static void content(Content content, Use use, BiConsumer<Use, Schema> action) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().stream().filter(m -> m.getSchema() != null).forEach(m -> action.accept(use, m.getSchema()));
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
