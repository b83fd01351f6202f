package cn.daxiang.justice.kit.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The nullability rules of answers, on a hand-built document. */
class AnswerSchemasTest {

    @Test
    void aNullableEnumAdmitsNullAndAPlainOneDoesNot() {
        Schema nullable = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING, Schema.SchemaType.NULL))
                .enumeration(List.of("COMPLETE", "PARTIAL"));
        Schema plain = OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(List.of("OK", "NO_DATA"));
        Schema point = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("runStatus", nullable).addProperty("status", plain);
        OpenAPI api = OASFactory.createOpenAPI().components(OASFactory.createComponents().addSchema("TrendPoint", point));

        AnswerSchemas.admitNullInNullableEnums(api);
        AnswerSchemas.admitNullInNullableEnums(api);

        assertEquals(Arrays.asList("COMPLETE", "PARTIAL", null), nullable.getEnumeration());
        assertEquals(List.of("OK", "NO_DATA"), plain.getEnumeration());
    }
}
