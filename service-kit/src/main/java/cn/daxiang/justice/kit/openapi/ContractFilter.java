package cn.daxiang.justice.kit.openapi;

import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The part of the published contract that is the same for every operation of every service, written
 * once (registered as {@code mp.openapi.filter} in the kit's {@code microprofile-config.properties}):
 * <ul>
 * <li>the RFC 9457 problem responses an operation can answer, each {@code application/problem+json}
 * with a {@code $ref} to the one {@code Problem} schema, unless the operation declares the status
 * itself (a declaration without content gets the problem content): 400 with a body, query or
 * header parameters; 401 and 403 when secured; 404 with a path parameter; 409, 412 and 428 with
 * {@code If-Match} (updates and life-cycle actions); 409 and 422 with {@code Idempotency-Key};
 * 413 for a sync upload; 500 always;</li>
 * <li>the success a method left to the scanner (SmallRye's "OK"), when the method declares no
 * response at all: a POST without {@code If-Match} is a create (changes to a record always name
 * their version), answering 201 "Created" with the same body and 409 when the client-supplied id
 * exists; a PUT answers 200 "Updated"; a GET of the page envelope ({@link PageResult}) 200 "One page";</li>
 * <li>the problem content of every error status an operation declares with a description only;</li>
 * <li>"Roles: ..." in the description of a secured operation, from the roles its security
 * requirement names;</li>
 * <li>an example for a JSON request body that has none, put together from the examples of the
 * schema's properties (required properties without one get a value of their type or enum).</li>
 * </ul>
 */
public class ContractFilter implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;
    static final Pattern SYNC_UPLOAD = Pattern.compile(".*/sync/[^/]+$");

    /** The standard description of each problem status (English / Chinese). */
    static final Map<String, String> DESCRIPTIONS = new LinkedHashMap<>();

    static {
        DESCRIPTIONS.put("400", "Invalid input: malformed JSON, unknown field, wrong type, out-of-range value or bad parameter"
                + " (validation errors in `errors`) / 请求不合规（JSON 格式、未知字段、类型、取值范围或参数错误，明细见 errors）");
        DESCRIPTIONS.put("401", "No token, or an invalid or expired one / 未认证（缺少令牌或令牌无效、过期）");
        DESCRIPTIONS.put("403", "The caller's role may not do this / 无权限（角色不允许）");
        DESCRIPTIONS.put("404", "Unknown, or outside the caller's org-unit scope / 记录不存在或不在本机构范围内");
        DESCRIPTIONS.put("409", "Conflicts with the record's current state / 与记录当前状态冲突");
        DESCRIPTIONS.put("412", "Stale version: the record changed since (`currentVersion` is the current one) / 版本已过期（currentVersion 为当前版本）");
        DESCRIPTIONS.put("413", "More than 1000 records in one batch / 超过每批1000条");
        DESCRIPTIONS.put("422", "The Idempotency-Key was used before with another body / 幂等键已用于其他请求体");
        DESCRIPTIONS.put("428", "No version given: send the body's `version` or `If-Match` / 缺少版本号（请求体 version 或 If-Match）");
        DESCRIPTIONS.put("500", "Unexpected server error; no details are disclosed / 服务器内部错误");
    }

    /** Descriptions Quarkus gives the 400, 401 and 403 it adds by itself; replaced by ours. */
    static final Set<String> FRAMEWORK_DESCRIPTIONS = Set.of("Not Authorized", "Not Allowed", "Bad Request");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        normalizeTimeSchemas(api);
        describePages(api);
        InheritedOperations.apply(api);
        SyncContract.expand(api);
        boolean anyProblem = false;
        for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
            PathItem item = path.getValue();
            if (item.getOperations() == null) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                List<Parameter> parameters = parameters(item, operation);
                parameters.forEach(ContractFilter::describeParameter);
                describeScannedSuccess(path.getKey(), entry.getKey(), operation, parameters);
                Set<String> statuses = problemStatuses(api, path.getKey(), entry.getKey(), operation, parameters);
                anyProblem |= addProblemResponses(operation, statuses);
                describeRoles(operation);
                addRequestExample(api, operation);
            }
        }
        if (anyProblem) {
            ensureProblemSchema(api);
        }
        AnswerSchemas.requireAllProperties(api);
        AnswerSchemas.admitNullInNullableEnums(api);
        SchemaGraph.pruneUnused(api);
    }

    /** SmallRye's default examples of the java.time types, which differ by scan order between services. */
    static final Set<Object> SCANNER_EXAMPLES = Set.of("2022-03-10", "2022-03-10T16:15:50Z");

    /**
     * The java.time schemas every service shares, defined the same way everywhere so that the
     * gateway's merged document has one of each: {@code LocalDate}, {@code Instant} and
     * {@code YearMonth} (which the scanner leaves as a reference to itself).
     */
    static void normalizeTimeSchemas(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        Map<String, Schema> canonical = Map.of(
                "LocalDate", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("date")
                        .description("Date, YYYY-MM-DD / 日期").addExample("2026-03-02"),
                "Instant", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("date-time")
                        .description("Instant, ISO-8601 UTC / 时间（UTC）").addExample("2026-03-02T09:30:00Z"),
                "YearMonth", OASFactory.createSchema().addType(Schema.SchemaType.STRING).pattern("^[0-9]{4}-(0[1-9]|1[0-2])$")
                        .description("Month, YYYY-MM / 月份").addExample("2026-03"));
        canonical.forEach((name, schema) -> {
            if (schemas.containsKey(name)) {
                api.getComponents().addSchema(name, schema);
            }
        });
        for (Schema schema : schemas.values()) {
            if (schema.getProperties() == null) {
                continue;
            }
            for (Schema property : schema.getProperties().values()) {
                boolean reference = property.getRef() != null || (property.getAnyOf() != null
                        && property.getAnyOf().stream().anyMatch(s -> s.getRef() != null));
                if (reference && property.getExamples() != null && property.getExamples().size() == 1
                        && SCANNER_EXAMPLES.contains(property.getExamples().get(0))) {
                    property.setExamples(null);
                }
            }
        }
    }

    /** The problem statuses an operation can answer, by what it takes. */
    static Set<String> problemStatuses(OpenAPI api, String path, PathItem.HttpMethod method, Operation operation,
                                       List<Parameter> parameters) {
        boolean body = operation.getRequestBody() != null;
        boolean query = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        boolean inPath = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        boolean ifMatch = hasHeader(parameters, "If-Match");
        boolean idempotencyKey = hasHeader(parameters, "Idempotency-Key");
        Set<String> statuses = new TreeSet<>();
        if (body || query || ifMatch || idempotencyKey) {
            statuses.add("400");
        }
        if (secured(api, operation)) {
            statuses.add("401");
            statuses.add("403");
        }
        if (inPath) {
            statuses.add("404");
        }
        if (ifMatch) {
            statuses.add("409");
            statuses.add("412");
            statuses.add("428");
        }
        if (idempotencyKey) {
            statuses.add("409");
            statuses.add("422");
        }
        if (method == PathItem.HttpMethod.POST && SYNC_UPLOAD.matcher(path).matches()) {
            statuses.add("413");
        }
        statuses.add("500");
        return statuses;
    }

    /** The path's parameters and the operation's own. */
    static List<Parameter> parameters(PathItem item, Operation operation) {
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        return parameters;
    }

    /** The standard description of the parameters every service takes alike, when they have none. */
    static void describeParameter(Parameter parameter) {
        if (parameter.getRef() != null || (parameter.getDescription() != null && !parameter.getDescription().isBlank())) {
            return;
        }
        String name = parameter.getName() == null ? "" : parameter.getName();
        if (parameter.getIn() == Parameter.In.PATH && name.equals("id")) {
            parameter.setDescription("The record's id (UUID) / 记录编号");
        } else if (parameter.getIn() == Parameter.In.PATH && name.endsWith("Id")) {
            String what = name.substring(0, name.length() - 2).replaceAll("([A-Z])", " $1").toLowerCase();
            parameter.setDescription("The " + what + "'s id (UUID) / 子记录编号");
        } else if (parameter.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase("If-Match")) {
            parameter.setDescription("The version the change is based on, e.g. \"3\" (the ETag of the last read); or send `version`"
                    + " in the body. A stale one answers 412, none at all 428 / 修改所依据的版本号（上次读取的 ETag），也可在请求体中提供 version");
        } else if (parameter.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase("Idempotency-Key")) {
            parameter.setDescription("Optional idempotency key, 1-200 visible ASCII characters, kept 24 h per caller: the same key"
                    + " with the same body answers the stored result / 幂等键（可选）");
        }
    }

    static boolean hasHeader(List<Parameter> parameters, String name) {
        return parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    static boolean secured(OpenAPI api, Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity() != null ? operation.getSecurity() : api.getSecurity();
        return security != null && security.stream().anyMatch(r -> r.getSchemes() != null && !r.getSchemes().isEmpty());
    }

    /**
     * Adds the missing problem responses, and the problem content to every error status declared
     * with a description only; true when the operation refers to the problem schema.
     */
    static boolean addProblemResponses(Operation operation, Set<String> statuses) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        statuses.stream().filter(status -> responses.getAPIResponse(status) == null)
                .forEach(status -> responses.addAPIResponse(status, problemResponse(DESCRIPTIONS.get(status))));
        responses.getAPIResponses().forEach((status, declared) -> {
            if (status.matches("[45]\\d\\d") && declared.getRef() == null && (declared.getContent() == null
                    || declared.getContent().getMediaTypes() == null || declared.getContent().getMediaTypes().isEmpty())) {
                if (declared.getDescription() == null || FRAMEWORK_DESCRIPTIONS.contains(declared.getDescription())) {
                    declared.setDescription(DESCRIPTIONS.get(status));
                }
                declared.setContent(problemContent());
            }
        });
        // Keep the responses in status order, success first, so the document reads (and diffs) well.
        Map<String, APIResponse> sorted = new java.util.TreeMap<>(responses.getAPIResponses());
        responses.setAPIResponses(new LinkedHashMap<>(sorted));
        return sorted.values().stream().anyMatch(ContractFilter::refersToProblem);
    }

    static final String SCANNED = "OK";
    static final String ID_EXISTS = "The id exists already / 编号已存在";

    /**
     * The success of a create or an update whose method declares no response: SmallRye answers any
     * method with 200 "OK"; the platform's creates answer 201 (409 when the id exists), its updates
     * 200 "Updated".
     */
    static void describeScannedSuccess(String path, PathItem.HttpMethod method, Operation operation, List<Parameter> parameters) {
        APIResponses responses = operation.getResponses();
        if (responses == null || responses.getAPIResponses() == null) {
            return;
        }
        APIResponse scanned = responses.getAPIResponse("200");
        boolean onlySuccess = responses.getAPIResponses().keySet().stream().filter(c -> c.startsWith("2")).count() == 1;
        if (scanned == null || !onlySuccess || !SCANNED.equals(scanned.getDescription())) {
            return;
        }
        if (method == PathItem.HttpMethod.PUT) {
            scanned.setDescription("Updated");
        } else if (method == PathItem.HttpMethod.POST && !hasHeader(parameters, "If-Match")
                && !SYNC_UPLOAD.matcher(path).matches()) {
            responses.removeAPIResponse("200");
            responses.addAPIResponse("201", scanned.description("Created"));
            if (responses.getAPIResponse("409") == null) {
                responses.addAPIResponse("409", problemResponse(ID_EXISTS));
            }
        }
    }

    /** The properties of the kit's page envelope, by which a schema is known as one page of records. */
    static final Set<String> PAGE = Arrays.stream(PageResult.class.getRecordComponents())
            .map(RecordComponent::getName).collect(Collectors.toSet());

    /**
     * "One page" for a GET whose 200 answer is the page envelope and declares no description. The
     * kit's inherited operations (still named {@code kit.*} here) keep the scanner's "OK", as published.
     */
    static void describePages(OpenAPI api) {
        for (PathItem item : api.getPaths().getPathItems().values()) {
            Operation get = item.getGET();
            APIResponse ok = get == null || get.getResponses() == null ? null : get.getResponses().getAPIResponse("200");
            if (ok == null || !SCANNED.equals(ok.getDescription()) || ok.getContent() == null
                    || String.valueOf(get.getOperationId()).startsWith(InheritedOperations.PREFIX)) {
                continue;
            }
            MediaType json = ok.getContent().getMediaType("application/json");
            Schema answer = json == null ? null : new ExampleBuilder(api).resolve(json.getSchema());
            if (answer != null && answer.getProperties() != null && PAGE.equals(answer.getProperties().keySet())) {
                ok.setDescription("One page");
            }
        }
    }

    static boolean refersToProblem(APIResponse response) {
        return response.getContent() != null && response.getContent().getMediaTypes() != null
                && response.getContent().getMediaTypes().values().stream()
                .anyMatch(m -> m.getSchema() != null && PROBLEM_REF.equals(m.getSchema().getRef()));
    }

    static APIResponse problemResponse(String description) {
        return OASFactory.createAPIResponse().description(description).content(problemContent());
    }

    static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    /**
     * "Roles / 角色: a, b" at the end of the description, from the roles Quarkus puts in the bearer
     * requirement (from {@code @RolesAllowed}); the requirement itself is left with no scopes, as
     * linters expect of a non-OAuth scheme, and the roles stay machine-readable in {@code x-roles}.
     */
    static void describeRoles(Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            return;
        }
        Set<String> roles = new LinkedHashSet<>();
        for (SecurityRequirement requirement : operation.getSecurity()) {
            if (requirement.getSchemes() != null) {
                for (String scheme : new ArrayList<>(requirement.getSchemes().keySet())) {
                    List<String> scopes = requirement.getScheme(scheme);
                    if (scopes != null) {
                        roles.addAll(scopes);
                    }
                    requirement.removeScheme(scheme);
                    requirement.addScheme(scheme);
                }
            }
        }
        String line = roles.isEmpty() ? "Roles / 角色: any authenticated caller / 任何已认证用户"
                : "Roles / 角色: " + String.join(", ", roles);
        if (!roles.isEmpty()) {
            operation.addExtension("x-roles", new ArrayList<>(roles));
        }
        String description = operation.getDescription();
        if (description == null || description.isBlank()) {
            operation.setDescription(line);
        } else if (!description.contains("Roles / 角色:")) {
            operation.setDescription(description + "\n\n" + line);
        }
    }

    /** An example for a JSON request body without one, from the examples of its schema's properties. */
    static void addRequestExample(OpenAPI api, Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                || operation.getRequestBody().getContent().getMediaTypes() == null) {
            return;
        }
        for (Map.Entry<String, MediaType> media : operation.getRequestBody().getContent().getMediaTypes().entrySet()) {
            MediaType type = media.getValue();
            if (!media.getKey().contains("json") || type.getSchema() == null || type.getExample() != null
                    || (type.getExamples() != null && !type.getExamples().isEmpty())) {
                continue;
            }
            Object example = new ExampleBuilder(api).example(type.getSchema(), true, 0);
            if (example != null) {
                type.setExample(example);
            }
        }
    }

    /** The one problem schema, should no annotation have referred to it. */
    static void ensureProblemSchema(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        Components components = api.getComponents();
        if (components.getSchemas() != null && components.getSchemas().containsKey(PROBLEM)) {
            return;
        }
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One invalid field / 字段错误")
                .required(List.of("field", "message"))
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        if (components.getSchemas() == null || !components.getSchemas().containsKey("FieldError")) {
            components.addSchema("FieldError", fieldError);
        }
        components.addSchema(PROBLEM, OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details / 错误说明")
                .required(List.of("type", "title", "status"))
                .addProperty("type", text)
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .addProperty("currentVersion", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64"))
                .addProperty("correlationId", OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
    }

    /** Puts an example value together from a schema: property examples first, then type defaults. */
    static final class ExampleBuilder {

        private final OpenAPI api;

        ExampleBuilder(OpenAPI api) {
            this.api = api;
        }

        Schema resolve(Schema schema) {
            int hops = 0;
            while (schema != null && schema.getRef() != null && hops++ < 10) {
                String ref = schema.getRef();
                String name = ref.substring(ref.lastIndexOf('/') + 1);
                Schema target = api.getComponents() == null || api.getComponents().getSchemas() == null ? null
                        : api.getComponents().getSchemas().get(name);
                if (target == null) {
                    return schema;
                }
                schema = target;
            }
            return schema;
        }

        /**
         * @param schema what to build an example of
         * @param required whether a value is needed even without an explicit example
         */
        Object example(Schema schema, boolean required, int depth) {
            if (schema == null || depth > 6) {
                return null;
            }
            Object explicit = explicit(schema);
            if (explicit != null) {
                return explicit;
            }
            Schema resolved = resolve(schema);
            explicit = explicit(resolved);
            if (explicit != null) {
                return explicit;
            }
            if (resolved.getAllOf() != null && !resolved.getAllOf().isEmpty()) {
                return example(resolved.getAllOf().get(0), required, depth + 1);
            }
            if (resolved.getOneOf() != null && !resolved.getOneOf().isEmpty()) {
                return example(resolved.getOneOf().get(0), required, depth + 1);
            }
            if (resolved.getEnumeration() != null && !resolved.getEnumeration().isEmpty()) {
                return required ? resolved.getEnumeration().get(0) : null;
            }
            List<Schema.SchemaType> types = resolved.getType() == null ? List.of() : resolved.getType();
            if (resolved.getProperties() != null && !resolved.getProperties().isEmpty()) {
                Map<String, Object> object = new LinkedHashMap<>();
                List<String> requiredNames = resolved.getRequired() == null ? List.of() : resolved.getRequired();
                for (Map.Entry<String, Schema> property : resolved.getProperties().entrySet()) {
                    Object value = example(property.getValue(), requiredNames.contains(property.getKey()), depth + 1);
                    if (value != null) {
                        object.put(property.getKey(), value);
                    }
                }
                return object.isEmpty() && !required ? null : object;
            }
            if (types.contains(Schema.SchemaType.ARRAY)) {
                Object item = example(resolved.getItems(), required, depth + 1);
                return item == null ? (required ? List.of() : null) : List.of(item);
            }
            if (!required) {
                return null;
            }
            if (resolved.getDefaultValue() != null) {
                return resolved.getDefaultValue();
            }
            String format = resolved.getFormat() == null ? "" : resolved.getFormat();
            if (types.contains(Schema.SchemaType.INTEGER) || types.contains(Schema.SchemaType.NUMBER)) {
                BigDecimal minimum = resolved.getMinimum();
                return minimum != null ? minimum.max(BigDecimal.ONE) : BigDecimal.ONE;
            }
            if (types.contains(Schema.SchemaType.BOOLEAN)) {
                return Boolean.FALSE;
            }
            if (types.contains(Schema.SchemaType.STRING)) {
                return switch (format) {
                    case "date" -> "2026-03-02";
                    case "date-time" -> "2026-03-02T09:30:00Z";
                    case "uuid" -> "0f8b6c2e-4d1a-4b7e-9a51-3c2d7e9f1a20";
                    default -> null;
                };
            }
            return null;
        }

        static Object explicit(Schema schema) {
            if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
                return schema.getExamples().get(0);
            }
            return schema.getExample();
        }
    }
}
