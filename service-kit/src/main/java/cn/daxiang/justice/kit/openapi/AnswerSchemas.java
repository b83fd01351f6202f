package cn.daxiang.justice.kit.openapi;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every property of an answer is present. Jackson writes each property of a record, null or not
 * (only the few types marked {@code @JsonInclude(NON_NULL)} leave nulls out, and those declare their
 * required properties themselves), so a schema that only answers carry lists all its properties as
 * {@code required}; a property that can be null says so with {@code @Schema(nullable = true)}.
 * Without this, a generated client would see {@code id} and {@code version} as optional.
 * <p>
 * An answer schema is one reachable from a 2xx response and from no request body or parameter
 * (those are inputs, whose optional fields really are optional), with properties and no
 * {@code required} list of its own.
 */
final class AnswerSchemas {

    private AnswerSchemas() {
    }

    static void requireAllProperties(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        List<Schema> answers = new ArrayList<>();
        List<Schema> inputs = new ArrayList<>();
        SchemaGraph.forEachOperationSchema(api, (use, schema) -> {
            if (use == SchemaGraph.Use.SUCCESS) {
                answers.add(schema);
            } else if (use == SchemaGraph.Use.INPUT) {
                inputs.add(schema);
            }
        });
        Set<String> answerNames = SchemaGraph.reachable(schemas, answers);
        answerNames.removeAll(SchemaGraph.reachable(schemas, inputs));
        for (String name : answerNames) {
            Schema schema = schemas.get(name);
            if (schema != null && schema.getProperties() != null && !schema.getProperties().isEmpty()
                    && (schema.getRequired() == null || schema.getRequired().isEmpty())) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
    }

    /**
     * A nullable enum ({@code @Schema(enumeration = ..., nullable = true)}) comes out of the scanner
     * as {@code type: [string, "null"]} with an {@code enum} that lacks null, which JSON Schema reads
     * as "never null": null joins the enum.
     */
    static void admitNullInNullableEnums(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        for (Schema schema : api.getComponents().getSchemas().values()) {
            admitNull(schema, 0);
        }
    }

    static void admitNull(Schema schema, int depth) {
        if (schema == null || depth > 8) {
            return;
        }
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL)
                && schema.getEnumeration() != null && !schema.getEnumeration().contains(null)) {
            List<Object> values = new ArrayList<>(schema.getEnumeration());
            values.add(null);
            schema.setEnumeration(values);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> admitNull(p, depth + 1));
        }
        admitNull(schema.getItems(), depth + 1);
    }
}
