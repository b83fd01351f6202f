package cn.daxiang.justice.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;

/**
 * Reads every GET operation of the contract under {@code /api/v1/} once, so that the answers go
 * through {@link ContractConformance#recorder()}: first the operations without path parameters
 * (required query parameters filled with values of the seeded year, {@code size} at its maximum up
 * to 200), then those whose path parameters can be filled: an enum parameter with each of its values,
 * an {@code {id}} after a list path with the ids of up to three items of that list's answer. What
 * cannot be filled is skipped and said so. Bounded: one call per operation and value, at most three
 * ids per list.
 */
final class ContractCrawl {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int IDS_PER_LIST = 3;
    private static final int MAX_ENUM_CALLS = 20;

    private final ContractConformance contract;
    private final Supplier<RequestSpecification> who;

    /** Operations called: {@code GET template: status, status, ...}. */
    final List<String> covered = new ArrayList<>();
    /** Operations not called, with the reason. */
    final List<String> skipped = new ArrayList<>();
    /** Calls answered with a status other than 2xx: {@code GET path?query status}. */
    final List<String> unsuccessful = new ArrayList<>();
    int calls;

    ContractCrawl(ContractConformance contract, Supplier<RequestSpecification> who) {
        this.contract = contract;
        this.who = who;
    }

    void run() {
        List<ContractConformance.Operation> gets = contract.operations().stream()
                .filter(op -> op.method().equals("GET") && op.path().startsWith("/api/v1/"))
                .sorted(Comparator.comparing(ContractConformance.Operation::path))
                .toList();
        Map<String, List<String>> idsByList = new HashMap<>();
        for (ContractConformance.Operation op : gets) {
            if (op.pathParameters().isEmpty()) {
                List<Response> answers = callAll(op, List.of(op.path()));
                if (answers != null && !answers.isEmpty()) {
                    idsByList.put(op.path(), ids(answers.get(0)));
                }
            }
        }
        for (ContractConformance.Operation op : gets) {
            if (!op.pathParameters().isEmpty()) {
                List<String> paths = concretePaths(op, idsByList);
                if (paths != null) {
                    callAll(op, paths);
                }
            }
        }
    }

    /** Calls the operation on each path; null (and skipped) if a required query parameter has no value. */
    private List<Response> callAll(ContractConformance.Operation op, List<String> paths) {
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode parameter : op.parameters()) {
            if (!"query".equals(parameter.path("in").asText())) {
                if (parameter.path("required").asBoolean() && !"path".equals(parameter.path("in").asText())) {
                    skipped.add(op + ": no value for the required " + parameter.path("in").asText() + " parameter "
                            + parameter.path("name").asText());
                    return null;
                }
                continue;
            }
            String value = value(op, parameter);
            if (value != null) {
                query.put(parameter.path("name").asText(), value);
            } else if (parameter.path("required").asBoolean()) {
                skipped.add(op + ": no value for the required query parameter " + parameter.path("name").asText());
                return null;
            }
        }
        List<Response> answers = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        for (String path : paths) {
            Response answer = who.get().queryParams(query).get(path);
            calls++;
            answers.add(answer);
            statuses.add(String.valueOf(answer.statusCode()));
            if (answer.statusCode() < 200 || answer.statusCode() > 299) {
                unsuccessful.add("GET " + path + (query.isEmpty() ? "" : "?" + query.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"))) + " " + answer.statusCode());
            }
        }
        covered.add(op + (query.isEmpty() ? "" : " " + query) + ": " + String.join(", ", statuses));
        return answers;
    }

    /**
     * The value the crawl gives a query parameter: required ones a value of the seeded year (an enum its
     * first value), {@code size} the most it may be up to 200, {@code format} {@code json} where the
     * operation answers JSON; other optional ones none.
     */
    private String value(ContractConformance.Operation op, JsonNode parameter) {
        String name = parameter.path("name").asText();
        JsonNode schema = contract.resolve(parameter.path("schema"));
        boolean required = parameter.path("required").asBoolean();
        if (name.equals("size")) {
            int max = schema.has("maximum") ? schema.path("maximum").asInt() : 200;
            return String.valueOf(Math.min(200, max));
        }
        if (name.equals("format") && !required) {
            return op.successMediaTypes().contains("application/json") && op.successMediaTypes().size() > 1 ? "json" : null;
        }
        if (!required) {
            return null;
        }
        if (schema.has("enum") && !schema.path("enum").isEmpty()) {
            return schema.path("enum").get(0).asText();
        }
        String lower = name.toLowerCase();
        if (lower.endsWith("year")) {
            return "2021";
        }
        if (lower.equals("orgunit") || lower.equals("parent")) {
            return DISTRICT;
        }
        if ("date".equals(schema.path("format").asText())) {
            return lower.equals("to") || lower.endsWith("to") ? "2021-12-31" : "2021-01-01";
        }
        for (JsonNode example : List.of(parameter.path("example"), parameter.path("examples").path(0), schema.path("example"),
                schema.path("examples").path(0), schema.path("default"))) {
            if (example.isValueNode() && !example.isNull()) {
                return example.asText();
            }
        }
        if ("boolean".equals(schema.path("type").asText())) {
            return "true";
        }
        return null;
    }

    /** The paths to call for an operation with path parameters, or null (and skipped) if they cannot be filled. */
    private List<String> concretePaths(ContractConformance.Operation op, Map<String, List<String>> idsByList) {
        List<String> names = op.pathParameters();
        Map<String, JsonNode> schemas = new HashMap<>();
        for (JsonNode parameter : op.parameters()) {
            if ("path".equals(parameter.path("in").asText())) {
                schemas.put(parameter.path("name").asText(), contract.resolve(parameter.path("schema")));
            }
        }
        // every parameter an enum: each combination of values
        if (names.stream().allMatch(n -> schemas.getOrDefault(n, JSON.nullNode()).path("enum").size() > 0)) {
            List<String> paths = List.of(op.path());
            for (String name : names) {
                List<String> next = new ArrayList<>();
                for (String path : paths) {
                    for (JsonNode value : schemas.get(name).path("enum")) {
                        next.add(path.replace("{" + name + "}", value.asText()));
                    }
                }
                paths = next;
            }
            return paths.subList(0, Math.min(paths.size(), MAX_ENUM_CALLS));
        }
        // one parameter after a list path: the ids of that list's items
        if (names.size() == 1) {
            String marker = "/{" + names.get(0) + "}";
            int at = op.path().indexOf(marker);
            String list = at < 0 ? null : op.path().substring(0, at);
            if (list != null && idsByList.containsKey(list)) {
                List<String> ids = idsByList.get(list);
                if (ids.isEmpty()) {
                    skipped.add(op + ": " + list + " answered no items to take an id from");
                    return null;
                }
                return ids.stream().map(id -> op.path().replace("{" + names.get(0) + "}", id)).toList();
            }
        }
        skipped.add(op + ": no obvious value for " + names.stream().map(n -> "{" + n + "}").collect(Collectors.joining(", ")));
        return null;
    }

    /** The ids of the first items of a list answer ({@code items[].id}). */
    private static List<String> ids(Response answer) {
        if (answer.statusCode() < 200 || answer.statusCode() > 299 || !ContractConformance.isJson(answer.contentType())) {
            return List.of();
        }
        try {
            JsonNode items = JSON.readTree(answer.asByteArray()).path("items");
            List<String> ids = new ArrayList<>();
            for (JsonNode item : items) {
                if (item.path("id").isTextual() && ids.size() < IDS_PER_LIST) {
                    ids.add(item.path("id").asText());
                }
            }
            return ids;
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The crawl in a few lines, for the log. */
    String report() {
        StringBuilder out = new StringBuilder();
        out.append("Contract crawl: ").append(calls).append(" calls, ").append(covered.size()).append(" GET operations covered, ")
                .append(skipped.size()).append(" skipped, ").append(unsuccessful.size()).append(" answers not 2xx\n");
        covered.forEach(c -> out.append("  covered   ").append(c).append('\n'));
        skipped.forEach(s -> out.append("  skipped   ").append(s).append('\n'));
        unsuccessful.forEach(u -> out.append("  not 2xx   ").append(u).append('\n'));
        return out.toString();
    }
}
