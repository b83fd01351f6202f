package cn.daxiang.justice.kit.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sync protocol typed per resource. A line's sync resource is one JAX-RS class with a
 * {@code {resource}} path parameter, so the scanner can only describe its records and answers as
 * "any record of the line". The line names its resources in the root extension
 * {@code x-sync-resources} of its {@code META-INF/openapi.yaml}:
 * <pre>
 * x-sync-resources:
 *   subjects: {label: 社区矫正对象, input: SubjectInput, view: Subject}
 *   cases: {label: 法律援助案件, view: LegalAidCase}        # no input: download only
 * </pre>
 * and this step replaces the two templated paths by one upload path (when the resource has an
 * input) and one change-feed path per resource: the upload takes {@code records} of that input, its
 * results carry {@code current} of that view, and each change carries {@code record} of that view
 * (null for a deletion). The URLs are the same ones the templated paths matched.
 */
final class SyncContract {

    static final String EXTENSION = "x-sync-resources";
    static final Pattern UPLOAD = Pattern.compile("(.*/([a-z-]+)/sync)/\\{[^/}]+}");
    static final Pattern CHANGES = Pattern.compile("(.*/([a-z-]+)/sync)/\\{[^/}]+}/changes");
    static final String SCHEMAS = "#/components/schemas/";
    static final String EXAMPLE_ID = "5b0f7c1e-8a43-4c2e-9d7b-2f1e6a3c9d10";

    private SyncContract() {
    }

    record SyncResource(String name, String label, String input, String view) {
    }

    /** Expands the templated sync paths, if the document names its sync resources. */
    static void expand(OpenAPI api) {
        List<SyncResource> resources = resources(api);
        if (resources.isEmpty() || api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, PathItem> paths = new LinkedHashMap<>();
        for (Map.Entry<String, PathItem> entry : api.getPaths().getPathItems().entrySet()) {
            Matcher upload = UPLOAD.matcher(entry.getKey());
            Matcher changes = CHANGES.matcher(entry.getKey());
            if (upload.matches() && entry.getValue().getPOST() != null) {
                for (SyncResource resource : resources) {
                    if (resource.input() != null) {
                        paths.put(upload.group(1) + "/" + resource.name(),
                                uploadPath(api, entry.getValue(), upload.group(2), resource));
                    }
                }
            } else if (changes.matches() && entry.getValue().getGET() != null) {
                for (SyncResource resource : resources) {
                    paths.put(changes.group(1) + "/" + resource.name() + "/changes",
                            changesPath(entry.getValue(), changes.group(2), resource));
                }
            } else {
                paths.put(entry.getKey(), entry.getValue());
            }
        }
        api.getPaths().setPathItems(paths);
        api.removeExtension(EXTENSION);
        // The generic envelopes (SyncBatchResponse, ChangePage) are left unused: SchemaGraph drops them.
    }

    @SuppressWarnings("unchecked")
    static List<SyncResource> resources(OpenAPI api) {
        Object extension = api.getExtensions() == null ? null : api.getExtensions().get(EXTENSION);
        List<SyncResource> resources = new ArrayList<>();
        if (extension instanceof Map<?, ?> map) {
            map.forEach((name, value) -> {
                Map<String, Object> spec = value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
                resources.add(new SyncResource(String.valueOf(name), text(spec.get("label")),
                        text(spec.get("input")), text(spec.get("view"))));
            });
        }
        resources.forEach(r -> {
            if (r.view() == null) {
                throw new IllegalStateException(EXTENSION + "." + r.name() + " names no view schema");
            }
        });
        return resources;
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static PathItem uploadPath(OpenAPI api, PathItem template, String line, SyncResource resource) {
        Operation operation = copy(template.getPOST(), template);
        operation.setOperationId("upload" + camel(line) + camel(resource.name()));
        operation.setSummary("Upload " + words(resource.name()) + " / 批量上传" + label(resource));
        // In sync the client names every record: the input's optional id is required here.
        Schema record = OASFactory.createSchema().addAllOf(ref(resource.input()))
                .addAllOf(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).required(List.of("id"))
                        .addProperty("id", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uuid")
                                .description("Chosen by the client, the record's id for ever / 客户端生成的记录编号")));
        Schema records = OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).maxItems(1000)
                .description("The records, each answered in the same order / 记录，逐条按序答复")
                .items(record);
        Schema body = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("At most 1000 records, each the resource's input with its client-supplied `id`, the `version`"
                        + " it is based on (absent for a new record) and, to delete it, `deleted: true` / 一批记录（至多1000条）")
                .required(List.of("records")).additionalPropertiesBoolean(false)
                .addProperty("records", records);
        RequestBody request = operation.getRequestBody() != null ? operation.getRequestBody() : OASFactory.createRequestBody();
        request.required(true).content(OASFactory.createContent().addMediaType("application/json",
                OASFactory.createMediaType().schema(body).example(example(api, resource))));
        operation.setRequestBody(request);
        Schema result = OASFactory.createSchema()
                .addAllOf(ref("SyncResult"))
                .addAllOf(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).addProperty("current",
                        ref(resource.view()).description("On CONFLICT, the server's record (absent if it was deleted) / 冲突时服务器端的当前记录")));
        Schema answer = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One result per record, in upload order, and a summary / 逐条结果与汇总")
                .required(List.of("results", "summary"))
                .addProperty("results", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(result))
                .addProperty("summary", ref("SyncSummary"));
        replaceOk(operation, answer);
        return OASFactory.createPathItem().POST(operation);
    }

    static PathItem changesPath(PathItem template, String line, SyncResource resource) {
        Operation operation = copy(template.getGET(), template);
        operation.setOperationId(lowerCamel(line) + camel(resource.name()) + "Changes");
        operation.setSummary("Changes of " + words(resource.name()) + " after a cursor / " + label(resource) + "增量变更");
        Schema record = OASFactory.createSchema()
                .description("The record as it is now; null for a deletion / 当前记录，删除时为 null")
                .addAnyOf(ref(resource.view()))
                .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
        Schema change = OASFactory.createSchema()
                .addAllOf(ref("Change"))
                .addAllOf(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .required(List.of("record")).addProperty("record", record));
        Schema page = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One page of the change feed; pull with `nextCursor` until `changes` is empty / 增量变更一页")
                .required(List.of("changes", "nextCursor"))
                .addProperty("changes", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(change))
                .addProperty("nextCursor", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("The cursor to pass as `since` for the next page / 下一页的游标"));
        replaceOk(operation, page);
        return OASFactory.createPathItem().GET(operation);
    }

    /** One record of the input's own example, named by a client-chosen id as sync requires. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> example(OpenAPI api, SyncResource resource) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", EXAMPLE_ID);
        Object input = new ContractFilter.ExampleBuilder(api).example(ref(resource.input()), true, 0);
        if (input instanceof Map<?, ?> fields) {
            ((Map<String, Object>) fields).forEach((name, value) -> {
                if (!name.equals("id")) {
                    record.put(name, value);
                }
            });
        }
        return Map.of("records", List.of(record));
    }

    /** The template's operation without the {@code resource} path parameter, with the path's parameters. */
    static Operation copy(Operation template, PathItem item) {
        List<Parameter> parameters = ContractFilter.parameters(item, template);
        parameters.removeIf(p -> p.getIn() == Parameter.In.PATH);
        APIResponses responses = OASFactory.createAPIResponses();
        if (template.getResponses() != null && template.getResponses().getAPIResponses() != null) {
            template.getResponses().getAPIResponses().forEach(responses::addAPIResponse);
        }
        return OASFactory.createOperation()
                .tags(template.getTags() == null ? null : new ArrayList<>(template.getTags()))
                .description(template.getDescription())
                .parameters(parameters.isEmpty() ? null : parameters)
                .requestBody(template.getRequestBody() == null ? null : OASFactory.createRequestBody()
                        .description(template.getRequestBody().getDescription()))
                .responses(responses)
                .security(template.getSecurity() == null ? null
                        : new ArrayList<>(template.getSecurity().stream().map(SyncContract::copy).toList()))
                .extensions(template.getExtensions() == null ? null : new LinkedHashMap<>(template.getExtensions()));
    }

    /** Each path its own requirement: the filter moves the roles out of it into the description and x-roles. */
    static SecurityRequirement copy(SecurityRequirement requirement) {
        SecurityRequirement copy = OASFactory.createSecurityRequirement();
        if (requirement.getSchemes() != null) {
            requirement.getSchemes().forEach((scheme, scopes) -> copy.addScheme(scheme, scopes == null ? null : new ArrayList<>(scopes)));
        }
        return copy;
    }

    static void replaceOk(Operation operation, Schema schema) {
        APIResponse template = operation.getResponses().getAPIResponse("200");
        APIResponse ok = OASFactory.createAPIResponse()
                .description(template == null || template.getDescription() == null ? "OK" : template.getDescription())
                .content(OASFactory.createContent().addMediaType("application/json",
                        OASFactory.createMediaType().schema(schema)));
        operation.getResponses().addAPIResponse("200", ok);
    }

    static Schema ref(String name) {
        return OASFactory.createSchema().ref(SCHEMAS + name);
    }

    static String label(SyncResource resource) {
        return resource.label() == null ? resource.name() : resource.label();
    }

    /** {@code legal-aid} → {@code LegalAid}. */
    static String camel(String kebab) {
        StringBuilder out = new StringBuilder();
        for (String part : kebab.split("-")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }

    static String lowerCamel(String kebab) {
        String camel = camel(kebab);
        return camel.isEmpty() ? camel : Character.toLowerCase(camel.charAt(0)) + camel.substring(1);
    }

    static String words(String kebab) {
        return kebab.replace('-', ' ');
    }
}
