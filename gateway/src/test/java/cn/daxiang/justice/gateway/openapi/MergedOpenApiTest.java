package cn.daxiang.justice.gateway.openapi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the lines' documents become one: no line's schema or tag silently replaces another's. */
class MergedOpenApiTest {

    static JsonObject doc(String path, String tag, String tagDescription, JsonObject followUp) {
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("paths", new JsonObject().put(path, new JsonObject().put("get", new JsonObject()
                        .put("tags", new JsonArray().add(tag))
                        .put("responses", new JsonObject().put("200", new JsonObject().put("description", "ok")
                                .put("content", new JsonObject().put("application/json", new JsonObject()
                                        .put("schema", new JsonObject().put("$ref", "#/components/schemas/FollowUp")))))))))
                .put("components", new JsonObject()
                        .put("schemas", new JsonObject().put("FollowUp", followUp)
                                .put("Problem", new JsonObject().put("type", "object")))
                        .put("responses", new JsonObject().put("Shared", new JsonObject().put("description", "x"))))
                .put("tags", new JsonArray().add(new JsonObject().put("name", tag).put("description", tagDescription)));
    }

    @Test
    void aSchemaNameTwoLinesDefineDifferentlyIsPrefixedByTheLaterLineAndItsReferencesFollow() {
        JsonObject merged = MergedOpenApi.skeleton();
        JsonObject mediationFollowUp = new JsonObject().put("type", "object").put("properties",
                new JsonObject().put("disputeId", new JsonObject().put("type", "string")));
        JsonObject legalAidFollowUp = new JsonObject().put("type", "object").put("properties",
                new JsonObject().put("caseId", new JsonObject().put("type", "string")));
        MergedOpenApi.mergeInto(merged, doc("/api/v1/mediation/x", "x", "X", mediationFollowUp), "mediation");
        MergedOpenApi.mergeInto(merged, doc("/api/v1/legal-aid/y", "x", "another X", legalAidFollowUp), "legal-aid");

        JsonObject schemas = merged.getJsonObject("components").getJsonObject("schemas");
        assertEquals(mediationFollowUp, schemas.getJsonObject("FollowUp"));
        assertEquals(legalAidFollowUp, schemas.getJsonObject("LegalAidFollowUp"));
        assertFalse(schemas.containsKey("LegalAidProblem"), "identical schemas are shared, not renamed");
        assertEquals("#/components/schemas/LegalAidFollowUp", merged.getJsonObject("paths").getJsonObject("/api/v1/legal-aid/y")
                .getJsonObject("get").getJsonObject("responses").getJsonObject("200").getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("schema").getString("$ref"));
        assertEquals("#/components/schemas/FollowUp", merged.getJsonObject("paths").getJsonObject("/api/v1/mediation/x")
                .getJsonObject("get").getJsonObject("responses").getJsonObject("200").getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("schema").getString("$ref"));
        // Tags are unique by name; every kind of component is merged.
        assertEquals(1, merged.getJsonArray("tags").size());
        assertTrue(merged.getJsonObject("components").getJsonObject("responses").containsKey("Shared"));
        assertEquals("/", merged.getJsonArray("servers").getJsonObject(0).getString("url"));
    }

    @Test
    void everyOperationSaysWhatTheGatewayItselfMayAnswer() {
        JsonObject merged = MergedOpenApi.skeleton();
        JsonObject doc = doc("/api/v1/mediation/x", "x", "X", new JsonObject().put("type", "object"));
        JsonObject post = new JsonObject().put("requestBody", new JsonObject())
                .put("responses", new JsonObject().put("413", new JsonObject().put("description", "more than 1000 records")));
        doc.getJsonObject("paths").getJsonObject("/api/v1/mediation/x").put("post", post);
        MergedOpenApi.mergeInto(merged, doc, "mediation");
        MergedOpenApi.addGatewayResponses(merged);

        JsonObject item = merged.getJsonObject("paths").getJsonObject("/api/v1/mediation/x");
        JsonObject get = item.getJsonObject("get").getJsonObject("responses");
        for (String status : new String[]{"429", "502", "504"}) {
            assertEquals("#/components/schemas/Problem", get.getJsonObject(status).getJsonObject("content")
                    .getJsonObject("application/problem+json").getJsonObject("schema").getString("$ref"), status);
        }
        assertFalse(get.containsKey("413"), "no body, no 413");
        JsonObject withBody = item.getJsonObject("post").getJsonObject("responses");
        assertTrue(withBody.containsKey("411"));
        assertEquals("more than 1000 records", withBody.getJsonObject("413").getString("description"), "the line's own 413 stays");
    }
}
