package cn.daxiang.justice.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.PathType;
import io.restassured.filter.Filter;
import io.restassured.response.Response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform's answers against the contract it publishes ({@code contract/openapi/platform.json}):
 * a JSON answer with a 2xx status must validate against the response schema the contract declares for
 * its path, method, status and media type. The whole document is one schema resource (OpenAPI 3.1
 * dialect, JSON Schema 2020-12), so the {@code #/components/schemas/...} references of a response
 * schema resolve; unknown keywords ({@code examples}, {@code x-...}) are annotations only, formats
 * (date, date-time, uuid) are asserted.
 *
 * <p>{@link #recorder()} checks every answer the suite receives and records what does not conform:
 * method, path, status and the validator's messages (an instance location and what is wrong), never
 * the body, which holds personal data. Answers to paths outside the contract ({@code /q/...}) and
 * answers that are not JSON (HTML, CSV, XLSX reports) are not checked.
 */
final class ContractConformance {

    /** The name the document goes by inside the schema registry; never fetched. */
    static final String DOCUMENT_IRI = "https://contract.invalid/openapi/platform.json";

    /** Overrides where the contract is read from (e.g. a modified copy, to see the check fail). */
    static final String DOCUMENT_PROPERTY = "contract.conformance.document";

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}/]+)}");
    private static final int MAX_PROBLEMS_PER_ANSWER = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ContractConformance platform;

    /** One operation of the contract. */
    record Operation(String method, String path, JsonNode node, List<JsonNode> parameters) {

        /** The JSON pointer of the operation inside the document, e.g. {@code /paths/~1api~1v1~1x/get}. */
        String pointer() {
            return "/paths/" + escape(path) + "/" + method.toLowerCase(Locale.ROOT);
        }

        /** The names of the path's {@code {parameters}}, in order. */
        List<String> pathParameters() {
            List<String> names = new ArrayList<>();
            Matcher m = PARAMETER.matcher(path);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }

        /** The media types the contract declares for the operation's 2xx answers. */
        Set<String> successMediaTypes() {
            Set<String> types = new LinkedHashSet<>();
            node.path("responses").properties().forEach(r -> {
                if (r.getKey().startsWith("2")) {
                    r.getValue().path("content").fieldNames().forEachRemaining(types::add);
                }
            });
            return types;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** An answer that does not conform: never its body. */
    record Violation(String method, String path, String template, int status, List<String> problems) {

        @Override
        public String toString() {
            return method + " " + path + (template == null || template.equals(path) ? "" : " (" + template + ")") + " " + status + ": "
                    + String.join("; ", problems);
        }
    }

    private record Template(String path, List<Pattern> segments, int[] literalness) {
    }

    private final JsonNode document;
    private final SchemaRegistry registry;
    private final List<Template> templates = new ArrayList<>();
    private final Map<String, Schema> schemas = new HashMap<>();
    private final List<Violation> violations = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger checked = new AtomicInteger();

    private ContractConformance(String text) {
        try {
            this.document = JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("the contract is not JSON", e);
        }
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).pathType(PathType.JSON_PATH).build();
        this.registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(DOCUMENT_IRI, text)).schemaRegistryConfig(config));
        document.path("paths").fieldNames().forEachRemaining(path -> templates.add(template(path)));
    }

    /** A checker over a document given as text. */
    static ContractConformance of(String documentText) {
        return new ContractConformance(documentText);
    }

    static ContractConformance load(Path document) {
        try {
            return new ContractConformance(Files.readString(document));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the contract " + document, e);
        }
    }

    /**
     * Where the committed contract is: {@value #DOCUMENT_PROPERTY} if set, else under
     * {@code platform.root}, else {@code ../contract/openapi/platform.json} from the e2e module.
     */
    static Path documentLocation() {
        String override = System.getProperty(DOCUMENT_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath().normalize();
        }
        String root = System.getProperty("platform.root");
        Path base = root == null || root.isBlank() ? Path.of("..") : Path.of(root);
        return base.resolve("contract/openapi/platform.json").toAbsolutePath().normalize();
    }

    /** The checker of the committed contract, loaded once per run. */
    static synchronized ContractConformance platform() {
        if (platform == null) {
            platform = load(documentLocation());
        }
        return platform;
    }

    /** Every operation of the contract, in document order. */
    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (METHODS.contains(op.getKey())) {
                    operations.add(declared(path.getKey(), op.getKey()));
                }
            }
        }
        return operations;
    }

    private Operation declared(String path, String method) {
        JsonNode item = document.path("paths").path(path);
        JsonNode op = item.path(method);
        // operation-level parameters override path-level ones of the same name and location
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        for (JsonNode source : List.of(item.path("parameters"), op.path("parameters"))) {
            for (JsonNode p : source) {
                JsonNode resolved = resolve(p);
                parameters.put(resolved.path("in").asText() + ":" + resolved.path("name").asText(), resolved);
            }
        }
        return new Operation(method.toUpperCase(Locale.ROOT), path, op, List.copyOf(parameters.values()));
    }

    /** Follows a local {@code $ref} ({@code #/...}) of the document, if the node is one. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < 20 && current.has("$ref") && current.path("$ref").asText().startsWith("#/"); hops++) {
            current = document.at(current.path("$ref").asText().substring(1));
        }
        return current;
    }

    /**
     * The operation a request is answered by: among the paths of the contract that match the request's
     * path (query string ignored) and declare its method, the one with literal segments rather than
     * {@code {parameters}} from left to right (so {@code /sync/subjects}, if the contract has it, before
     * {@code /sync/{resource}}).
     */
    Optional<Operation> operation(String method, String requestPath) {
        String path = pathOf(requestPath);
        String m = method.toLowerCase(Locale.ROOT);
        Template best = null;
        for (Template t : templates) {
            if (matches(t, path) && document.path("paths").path(t.path()).has(m) && (best == null || moreLiteral(t, best))) {
                best = t;
            }
        }
        return best == null ? Optional.empty() : Optional.of(declared(best.path(), m));
    }

    /** Whether any path of the contract matches, whatever the method. */
    boolean declaresPath(String requestPath) {
        String path = pathOf(requestPath);
        return templates.stream().anyMatch(t -> matches(t, path));
    }

    /**
     * What is wrong with an answer: empty if the contract does not speak to it (not 2xx, not JSON, a
     * path outside the contract), else the problems found, none if it conforms.
     */
    Optional<List<String>> check(String method, String requestPath, int status, String contentType, byte[] body) {
        if (status < 200 || status > 299 || !isJson(contentType)) {
            return Optional.empty();
        }
        Optional<Operation> found = operation(method, requestPath);
        if (found.isEmpty()) {
            return declaresPath(requestPath)
                    ? Optional.of(List.of("the contract declares no " + method.toUpperCase(Locale.ROOT) + " operation for this path"))
                    : Optional.empty();
        }
        Operation op = found.get();
        JsonNode responses = op.node().path("responses");
        String key = responseKey(responses, status);
        if (key == null) {
            List<String> declared = new ArrayList<>();
            responses.fieldNames().forEachRemaining(declared::add);
            return Optional.of(List.of("status " + status + " is not declared for " + op + " (declared: " + String.join(", ", declared) + ")"));
        }
        String pointer = op.pointer() + "/responses/" + escape(key);
        JsonNode response = responses.path(key);
        for (int hops = 0; hops < 20 && response.path("$ref").asText().startsWith("#/"); hops++) {
            pointer = response.path("$ref").asText().substring(1);
            response = document.at(pointer);
        }
        String mediaType = mediaType(contentType);
        JsonNode content = response.path("content");
        boolean empty = body == null || body.length == 0;
        if (content.isEmpty()) {
            return Optional.of(empty ? List.of() : List.of("the contract declares no content for " + status + " of " + op + ", the answer is " + mediaType));
        }
        String declared = mediaKey(content, mediaType);
        if (declared == null) {
            List<String> types = new ArrayList<>();
            content.fieldNames().forEachRemaining(types::add);
            return Optional.of(List.of("media type " + mediaType + " is not declared for " + status + " of " + op + " (declared: "
                    + String.join(", ", types) + ")"));
        }
        if (!content.path(declared).has("schema")) {
            return Optional.of(List.of());
        }
        if (empty) {
            return Optional.of(List.of("the body is empty where the contract declares a schema"));
        }
        String text = new String(body, charsetOf(contentType));
        try {
            JSON.readTree(text);
        } catch (IOException e) {
            return Optional.of(List.of("the body is not valid JSON")); // the parser's message would quote the body
        }
        return Optional.of(validate(pointer + "/content/" + escape(declared) + "/schema", text));
    }

    /**
     * Validates a JSON text against the schema at a JSON pointer of the document; the problems found,
     * none if valid. A problem that recurs in the items of an array is said once, at its first place,
     * with the number of places ({@code $.items[3].endedOn: null found, string expected (148 places)}).
     */
    List<String> validate(String schemaPointer, String json) {
        Map<String, String> first = new LinkedHashMap<>();
        Map<String, Integer> places = new HashMap<>();
        synchronized (this) {
            try {
                Schema schema = schemas.computeIfAbsent(schemaPointer, p -> registry.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + p)));
                Set<String> seen = new HashSet<>();
                for (com.networknt.schema.Error error : schema.validate(json, InputFormat.JSON)) {
                    String location = error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
                    String problem = (location.isEmpty() ? "$" : location) + ": " + error.getMessage();
                    if (seen.add(problem)) {
                        String folded = fold(problem);
                        first.putIfAbsent(folded, problem);
                        places.merge(folded, 1, Integer::sum);
                    }
                }
            } catch (RuntimeException e) {
                String problem = "the contract's schema " + schemaPointer + " could not be evaluated: " + e.getClass().getSimpleName() + ": "
                        + e.getMessage();
                first.put(problem, problem);
            }
        }
        List<String> problems = new ArrayList<>();
        first.forEach((folded, problem) -> problems.add(problem + (places.getOrDefault(folded, 1) > 1 ? " (" + places.get(folded) + " places)" : "")));
        if (problems.size() > MAX_PROBLEMS_PER_ANSWER) {
            int more = problems.size() - MAX_PROBLEMS_PER_ANSWER;
            problems.subList(MAX_PROBLEMS_PER_ANSWER, problems.size()).clear();
            problems.add("… and " + more + " more");
        }
        return problems;
    }

    /** A problem with its array indices folded to {@code [*]} and without its count of places. */
    private static String fold(String problem) {
        return problem.replaceAll("\\[\\d+]", "[*]").replaceAll(" \\(\\d+ places\\)$", "");
    }

    /** A REST Assured filter that checks every answer and records those that do not conform. */
    Filter recorder() {
        return (request, response, context) -> {
            Response answer = context.next(request, response);
            record(request.getMethod(), request.getURI(), answer);
            return answer;
        };
    }

    void record(String method, String uri, Response answer) {
        try {
            if (answer.statusCode() < 200 || answer.statusCode() > 299 || !isJson(answer.contentType())) {
                return;
            }
            Optional<List<String>> problems = check(method, uri, answer.statusCode(), answer.contentType(), answer.asByteArray());
            if (problems.isPresent()) {
                checked.incrementAndGet();
                if (!problems.get().isEmpty()) {
                    String path = pathOf(uri);
                    String template = operation(method, path).map(Operation::path).orElse(null);
                    violations.add(new Violation(method.toUpperCase(Locale.ROOT), path, template, answer.statusCode(), problems.get()));
                }
            }
        } catch (RuntimeException e) {
            violations.add(new Violation(method, pathOf(uri), null, answer.statusCode(),
                    List.of("the conformance check failed: " + e.getClass().getSimpleName())));
        }
    }

    /** The answers recorded as not conforming, in the order received. */
    List<Violation> violations() {
        synchronized (violations) {
            return List.copyOf(violations);
        }
    }

    /** How many answers were checked against a schema of the contract. */
    int checked() {
        return checked.get();
    }

    /**
     * The violations as at most {@code maxLines} lines, sorted: one per operation, status and problem
     * (array indices folded to {@code [*]}), with in how many answers and one path it was seen on.
     */
    static List<String> summary(List<Violation> violations, int maxLines) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, String> examples = new HashMap<>();
        for (Violation v : violations) {
            for (String problem : v.problems()) {
                String key = v.method() + " " + (v.template() == null ? v.path() : v.template()) + " " + v.status() + ": " + fold(problem);
                counts.computeIfAbsent(key, k -> new int[1])[0]++;
                examples.putIfAbsent(key, v.path());
            }
        }
        List<String> lines = new ArrayList<>();
        Iterator<Map.Entry<String, int[]>> it = counts.entrySet().iterator();
        while (it.hasNext() && lines.size() < maxLines - 1) {
            Map.Entry<String, int[]> e = it.next();
            lines.add(e.getKey() + "  [" + e.getValue()[0] + (e.getValue()[0] == 1 ? " answer" : " answers") + ", e.g. " + examples.get(e.getKey()) + "]");
        }
        if (it.hasNext()) {
            int rest = 0;
            while (it.hasNext()) {
                it.next();
                rest++;
            }
            lines.add("… and " + rest + " more distinct problems");
        }
        return lines;
    }

    // --- helpers

    /** JSON content: {@code application/json} or {@code application/*+json}. */
    static boolean isJson(String contentType) {
        String type = mediaType(contentType);
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }

    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static Charset charsetOf(String contentType) {
        Matcher m = Pattern.compile("(?i)charset=\"?([^\";]+)").matcher(contentType == null ? "" : contentType);
        try {
            return m.find() ? Charset.forName(m.group(1).trim()) : StandardCharsets.UTF_8;
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** The declared response for a status: the code itself, else its range ({@code 2XX}), else {@code default}. */
    private static String responseKey(JsonNode responses, int status) {
        String exact = String.valueOf(status);
        if (responses.has(exact)) {
            return exact;
        }
        for (Iterator<String> it = responses.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (key.equalsIgnoreCase(exact.charAt(0) + "XX")) {
                return key;
            }
        }
        return responses.has("default") ? "default" : null;
    }

    /** The content key that covers a media type: itself, else {@code type/*}, else {@code *}{@code /*}. */
    private static String mediaKey(JsonNode content, String mediaType) {
        String wildcard = mediaType.contains("/") ? mediaType.substring(0, mediaType.indexOf('/')) + "/*" : null;
        String found = null;
        int rank = Integer.MAX_VALUE;
        for (Iterator<String> it = content.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            String type = mediaType(key);
            int r = type.equals(mediaType) ? 0 : type.equals(wildcard) ? 1 : type.equals("*/*") ? 2 : Integer.MAX_VALUE;
            if (r < rank) {
                rank = r;
                found = key;
            }
        }
        return found;
    }

    /** The path of a request URI or path: no scheme, host, query or fragment. */
    static String pathOf(String uriOrPath) {
        String s = uriOrPath;
        int cut = s.length();
        for (char c : new char[] {'?', '#'}) {
            int i = s.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        s = s.substring(0, cut);
        int scheme = s.indexOf("://");
        if (scheme >= 0) {
            int slash = s.indexOf('/', scheme + 3);
            s = slash < 0 ? "/" : s.substring(slash);
        }
        return s.length() > 1 && s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private static Template template(String path) {
        String[] parts = path.split("/", -1);
        List<Pattern> segments = new ArrayList<>();
        int[] literalness = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Matcher m = PARAMETER.matcher(parts[i]);
            StringBuilder regex = new StringBuilder();
            int last = 0;
            boolean parameter = false;
            while (m.find()) {
                regex.append(Pattern.quote(parts[i].substring(last, m.start()))).append("[^/]+");
                last = m.end();
                parameter = true;
            }
            regex.append(Pattern.quote(parts[i].substring(last)));
            segments.add(Pattern.compile(regex.toString()));
            literalness[i] = !parameter ? 2 : parts[i].matches("\\{[^}/]+}") ? 0 : 1;
        }
        return new Template(path, segments, literalness);
    }

    private static boolean matches(Template t, String path) {
        String[] parts = path.split("/", -1);
        if (parts.length != t.segments().size()) {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            if (!t.segments().get(i).matcher(parts[i]).matches()) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code a} is more literal than {@code b}: the first segment where they differ is literal in {@code a}. */
    private static boolean moreLiteral(Template a, Template b) {
        for (int i = 0; i < a.literalness().length; i++) {
            if (a.literalness()[i] != b.literalness()[i]) {
                return a.literalness()[i] > b.literalness()[i];
            }
        }
        return false;
    }

    /** Escapes one JSON pointer token (RFC 6901). */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
