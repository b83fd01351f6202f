package cn.daxiang.justice.devsupport.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Contract stability of a published OpenAPI document: the document a service serves is compared
 * with the one committed under {@code contract/openapi/}; every difference is named, and those that
 * break a client written against the committed one are classified as breaking:
 * <ul>
 * <li>a removed path or operation, a removed success response;</li>
 * <li>a new required parameter, or one that became required; a removed parameter (requests are strict);</li>
 * <li>a new required request field, a removed request field (unknown fields answer 400);</li>
 * <li>a removed response field;</li>
 * <li>a changed type (of a parameter, a field or an item);</li>
 * <li>a removed enum value (in a request or a response).</li>
 * </ul>
 * Everything else (a new path, operation, optional parameter or field, response field, enum value,
 * a changed description or example) is additive: the committed file is updated in the same commit.
 * Plain Jackson, no test library, so that every service's test can use it.
 */
public final class OpenApiContract {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_LISTED = 40;
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** One difference; {@code breaking} ones are listed first. */
    public record Difference(boolean breaking, String message) {
        @Override
        public String toString() {
            return (breaking ? "BREAKING: " : "changed: ") + message;
        }
    }

    private final JsonNode before;
    private final JsonNode after;
    private final Set<String> breaking = new LinkedHashSet<>();
    private final Set<String> visited = new HashSet<>();
    /** The pairs of referenced schemas being compared further up: a schema that holds itself ends there. */
    private final Set<String> onPath = new HashSet<>();

    private OpenApiContract(JsonNode before, JsonNode after) {
        this.before = before;
        this.after = after;
    }

    /** The breaking differences, then the other ones, between the committed and the served document. */
    public static List<Difference> compare(JsonNode committed, JsonNode served) {
        OpenApiContract contract = new OpenApiContract(committed, served);
        contract.comparePaths();
        List<Difference> differences = new ArrayList<>();
        contract.breaking.forEach(m -> differences.add(new Difference(true, m)));
        List<String> other = new ArrayList<>();
        diff("", canonical(committed), canonical(served), other);
        other.forEach(m -> differences.add(new Difference(false, m)));
        return differences;
    }

    /**
     * Checks a served document against the committed file, or (with {@code update}) writes it there.
     *
     * @param updateCommand the command that rewrites the file, named in the failure message
     * @throws AssertionError naming the differences when they differ and {@code update} is false
     */
    public static void check(Path committedFile, String servedJson, boolean update, String updateCommand) {
        try {
            JsonNode served = MAPPER.readTree(servedJson);
            String pretty = pretty(served);
            if (update || !Files.exists(committedFile)) {
                if (!update) {
                    throw new AssertionError("No committed contract at " + committedFile + "; create it with: " + updateCommand);
                }
                Files.createDirectories(committedFile.toAbsolutePath().getParent());
                Files.writeString(committedFile, pretty, StandardCharsets.UTF_8);
                return;
            }
            JsonNode committed = MAPPER.readTree(Files.readString(committedFile, StandardCharsets.UTF_8));
            List<Difference> differences = compare(committed, served);
            if (differences.isEmpty()) {
                return;
            }
            boolean anyBreaking = differences.stream().anyMatch(Difference::breaking);
            StringBuilder message = new StringBuilder();
            message.append("The served OpenAPI document differs from ").append(committedFile).append(anyBreaking
                    ? " with BREAKING changes: clients generated from the published contract would fail. Keep the old shape"
                    + " (add, do not change or remove), or make the break deliberate: a new API version, announced to the"
                    + " front ends and the provincial platform, and then update the file with: " + updateCommand
                    : " (additive changes only). Commit the new contract in the same commit: " + updateCommand).append('\n');
            differences.stream().limit(MAX_LISTED).forEach(d -> message.append("  ").append(d).append('\n'));
            if (differences.size() > MAX_LISTED) {
                message.append("  ... and ").append(differences.size() - MAX_LISTED).append(" more\n");
            }
            throw new AssertionError(message.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pretty-printed with object keys in a stable (sorted) order, LF line ends and a final newline. */
    public static String pretty(JsonNode document) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(canonical(document)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy whose object keys are sorted at every level. */
    public static JsonNode canonical(JsonNode node) {
        if (node.isObject()) {
            ObjectNode sorted = JsonNodeFactory.instance.objectNode();
            TreeMap<String, JsonNode> fields = new TreeMap<>();
            node.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
            fields.forEach((k, v) -> sorted.set(k, canonical(v)));
            return sorted;
        }
        if (node.isArray()) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> array.add(canonical(item)));
            return array;
        }
        return node;
    }

    /**
     * What the published contract promises for every operation and is missing from a document: an
     * {@code operationId}, a summary, a tag described at the top, the roles of a secured operation
     * in its description, a description for every parameter, an example for every JSON request
     * body, a typed JSON answer (no bare {@code object}) for every success with a body, and a type
     * for every property of every component schema (an empty schema {@code {}} types nothing).
     */
    public static List<String> gaps(JsonNode document) {
        List<String> gaps = new ArrayList<>();
        Set<String> describedTags = new HashSet<>();
        document.path("tags").forEach(t -> {
            if (!t.path("description").asText("").isBlank()) {
                describedTags.add(t.path("name").asText());
            }
        });
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op == null) {
                    continue;
                }
                String where = method.toUpperCase() + " " + path.getKey();
                if (op.path("operationId").asText("").isBlank()) {
                    gaps.add(where + ": no operationId");
                }
                if (op.path("summary").asText("").isBlank()) {
                    gaps.add(where + ": no summary");
                }
                if (op.path("tags").isEmpty()) {
                    gaps.add(where + ": no tag");
                }
                op.path("tags").forEach(t -> {
                    if (!describedTags.contains(t.asText())) {
                        gaps.add(where + ": tag " + t.asText() + " has no description");
                    }
                });
                if (!op.path("security").isEmpty() && !op.path("description").asText("").contains("Roles")) {
                    gaps.add(where + ": the roles are not named in the description");
                }
                for (JsonNode list : List.of(path.getValue().path("parameters"), op.path("parameters"))) {
                    list.forEach(p -> {
                        if (resolve(document, p).path("description").asText("").isBlank()) {
                            gaps.add(where + ": parameter " + p.path("name").asText() + " has no description");
                        }
                    });
                }
                op.path("requestBody").path("content").fields().forEachRemaining(m -> {
                    if (m.getKey().contains("json") && !m.getValue().has("example") && !m.getValue().has("examples")) {
                        gaps.add(where + ": the request body has no example");
                    }
                    if (m.getKey().contains("json") && bare(document, m.getValue().path("schema"))) {
                        gaps.add(where + ": the request body is an untyped object");
                    }
                });
                op.path("responses").fields().forEachRemaining(r -> {
                    if (r.getKey().startsWith("2")) {
                        r.getValue().path("content").fields().forEachRemaining(m -> {
                            if (m.getKey().contains("json") && bare(document, m.getValue().path("schema"))) {
                                gaps.add(where + ": response " + r.getKey() + " is an untyped object");
                            }
                        });
                    }
                });
            }
        }
        document.path("components").path("schemas").fields().forEachRemaining(schema ->
                schema.getValue().path("properties").fields().forEachRemaining(property -> {
                    JsonNode value = property.getValue();
                    boolean typed = value.has("$ref") || value.has("type") || value.has("oneOf") || value.has("anyOf")
                            || value.has("allOf") || value.has("enum") || value.has("const");
                    if (!typed) {
                        gaps.add("schema " + schema.getKey() + ": property " + property.getKey() + " is untyped");
                    }
                }));
        return gaps;
    }

    /** No schema, an empty one, or an object with neither properties nor a composition. */
    static boolean bare(JsonNode document, JsonNode schema) {
        if (schema.isMissingNode() || schema.isEmpty()) {
            return true;
        }
        JsonNode resolved = resolve(document, schema);
        Set<String> types = types(resolved);
        if (types.contains("array")) {
            return bare(document, resolved.path("items"));
        }
        return types.contains("object") && resolved.path("properties").isEmpty() && !resolved.has("additionalProperties")
                && !resolved.has("oneOf") && !resolved.has("anyOf") && !resolved.has("allOf");
    }

    /** Every place where two trees differ, as JSON pointers. */
    static void diff(String pointer, JsonNode a, JsonNode b, List<String> out) {
        if (a.equals(b)) {
            return;
        }
        if (a.isObject() && b.isObject()) {
            Set<String> names = new TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!b.has(name)) {
                    out.add("removed " + child);
                } else if (!a.has(name)) {
                    out.add("added " + child);
                } else {
                    diff(child, a.get(name), b.get(name), out);
                }
            }
            return;
        }
        out.add("changed " + (pointer.isEmpty() ? "/" : pointer) + ": " + abbreviate(a) + " -> " + abbreviate(b));
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    private void comparePaths() {
        JsonNode oldPaths = before.path("paths");
        JsonNode newPaths = after.path("paths");
        for (Iterator<String> it = oldPaths.fieldNames(); it.hasNext(); ) {
            String path = it.next();
            if (!newPaths.has(path)) {
                breaking.add("removed path " + path);
                continue;
            }
            for (String method : METHODS) {
                JsonNode oldOp = oldPaths.get(path).get(method);
                if (oldOp == null) {
                    continue;
                }
                JsonNode newOp = newPaths.get(path).get(method);
                String where = method.toUpperCase() + " " + path;
                if (newOp == null) {
                    breaking.add("removed operation " + where);
                    continue;
                }
                compareOperation(where, oldPaths.get(path), oldOp, newPaths.get(path), newOp);
            }
        }
    }

    private void compareOperation(String where, JsonNode oldItem, JsonNode oldOp, JsonNode newItem, JsonNode newOp) {
        Map<String, JsonNode> oldParams = parameters(before, oldItem, oldOp);
        Map<String, JsonNode> newParams = parameters(after, newItem, newOp);
        for (Map.Entry<String, JsonNode> p : newParams.entrySet()) {
            JsonNode old = oldParams.get(p.getKey());
            boolean required = p.getValue().path("required").asBoolean(false);
            if (required && (old == null || !old.path("required").asBoolean(false))) {
                breaking.add(where + ": new required parameter " + p.getKey());
            }
        }
        for (Map.Entry<String, JsonNode> p : oldParams.entrySet()) {
            JsonNode now = newParams.get(p.getKey());
            if (now == null) {
                breaking.add(where + ": removed parameter " + p.getKey());
            } else {
                compareSchema(where + " parameter " + p.getKey(), p.getValue().path("schema"), now.path("schema"), true);
            }
        }
        JsonNode oldBody = oldOp.path("requestBody");
        JsonNode newBody = newOp.path("requestBody");
        if (!newBody.isMissingNode() && newBody.path("required").asBoolean(false)
                && (oldBody.isMissingNode() || !oldBody.path("required").asBoolean(false))) {
            breaking.add(where + ": the request body became required");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = oldBody.path("content").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> media = it.next();
            JsonNode now = newBody.path("content").path(media.getKey());
            if (now.isMissingNode()) {
                breaking.add(where + ": the request body no longer accepts " + media.getKey());
            } else {
                compareSchema(where + " request", media.getValue().path("schema"), now.path("schema"), true);
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = oldOp.path("responses").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> response = it.next();
            JsonNode now = newOp.path("responses").path(response.getKey());
            if (now.isMissingNode()) {
                if (response.getKey().startsWith("2")) {
                    breaking.add(where + ": removed response " + response.getKey());
                }
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> media = response.getValue().path("content").fields(); media.hasNext(); ) {
                Map.Entry<String, JsonNode> m = media.next();
                JsonNode nowMedia = now.path("content").path(m.getKey());
                if (nowMedia.isMissingNode()) {
                    if (response.getKey().startsWith("2")) {
                        breaking.add(where + ": response " + response.getKey() + " no longer answers " + m.getKey());
                    }
                } else {
                    compareSchema(where + " response " + response.getKey(), m.getValue().path("schema"), nowMedia.path("schema"), false);
                }
            }
        }
    }

    private static Map<String, JsonNode> parameters(JsonNode document, JsonNode item, JsonNode operation) {
        Map<String, JsonNode> parameters = new TreeMap<>();
        for (JsonNode list : List.of(item.path("parameters"), operation.path("parameters"))) {
            for (JsonNode p : list) {
                JsonNode resolved = resolve(document, p);
                parameters.put(resolved.path("in").asText() + " " + resolved.path("name").asText(), resolved);
            }
        }
        return parameters;
    }

    /** The node a {@code $ref} points to, with the referring node's other keys laid over it. */
    static JsonNode resolve(JsonNode document, JsonNode node) {
        int hops = 0;
        while (node != null && node.isObject() && node.has("$ref") && hops++ < 20) {
            String ref = node.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                return node;
            }
            JsonNode target = document.at(ref.substring(1));
            if (target.isMissingNode()) {
                return node;
            }
            ObjectNode merged = ((ObjectNode) target).deepCopy();
            node.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("$ref")) {
                    merged.set(e.getKey(), e.getValue());
                }
            });
            node = merged.has("$ref") && merged.get("$ref").equals(node.get("$ref")) ? target : merged;
        }
        return node;
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new TreeSet<>();
        JsonNode type = schema.path("type");
        if (type.isTextual()) {
            types.add(type.asText());
        } else if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        }
        types.remove("null");
        return types;
    }

    /**
     * Compares the schema a client was written against with the new one.
     *
     * @param request whether the client sends values of this schema (else it reads them)
     */
    private void compareSchema(String where, JsonNode oldSchema, JsonNode newSchema, boolean request) {
        if (oldSchema.isMissingNode() || newSchema.isMissingNode()) {
            return;
        }
        String key = where + "|" + oldSchema.path("$ref").asText() + "|" + newSchema.path("$ref").asText() + "|" + request;
        if (oldSchema.has("$ref") && !visited.add(key)) {
            return;
        }
        String pair = oldSchema.path("$ref").asText() + "|" + newSchema.path("$ref").asText() + "|" + request;
        if (oldSchema.has("$ref") && !onPath.add(pair)) {
            return;
        }
        try {
            compareResolved(where, oldSchema, newSchema, request);
        } finally {
            if (oldSchema.has("$ref")) {
                onPath.remove(pair);
            }
        }
    }

    private void compareResolved(String where, JsonNode oldSchema, JsonNode newSchema, boolean request) {
        JsonNode a = resolve(before, oldSchema);
        JsonNode b = resolve(after, newSchema);
        Set<String> oldTypes = types(a);
        Set<String> newTypes = types(b);
        if (!oldTypes.isEmpty() && !newTypes.isEmpty() && !oldTypes.equals(newTypes)) {
            breaking.add(where + ": type changed from " + String.join("|", oldTypes) + " to " + String.join("|", newTypes));
            return;
        }
        if (a.has("format") && b.has("format") && !a.get("format").equals(b.get("format"))) {
            breaking.add(where + ": format changed from " + a.get("format").asText() + " to " + b.get("format").asText());
        }
        if (a.has("enum") && b.has("enum")) {
            Set<String> newValues = new HashSet<>();
            b.get("enum").forEach(v -> newValues.add(v.asText()));
            a.get("enum").forEach(v -> {
                if (!newValues.contains(v.asText())) {
                    breaking.add(where + ": removed enum value " + v.asText());
                }
            });
        }
        JsonNode oldProps = a.path("properties");
        JsonNode newProps = b.path("properties");
        Set<String> oldRequired = names(a.path("required"));
        for (Iterator<String> it = oldProps.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!newProps.has(name)) {
                breaking.add(where + ": removed " + (request ? "request" : "response") + " field " + name);
            } else {
                compareSchema(where + "." + name, oldProps.get(name), newProps.get(name), request);
            }
        }
        if (request) {
            for (String name : names(b.path("required"))) {
                if (!oldRequired.contains(name)) {
                    breaking.add(where + ": new required request field " + name);
                }
            }
        }
        if (a.has("items") && b.has("items")) {
            compareSchema(where + "[]", a.get("items"), b.get("items"), request);
        }
        for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
            JsonNode oldList = a.path(combinator);
            JsonNode newList = b.path(combinator);
            for (int i = 0; i < Math.min(oldList.size(), newList.size()); i++) {
                compareSchema(where + " " + combinator + "[" + i + "]", oldList.get(i), newList.get(i), request);
            }
        }
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new TreeSet<>();
        array.forEach(n -> names.add(n.asText()));
        return names;
    }
}
