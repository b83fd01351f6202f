package cn.daxiang.justice.kit.testapp;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kit's OpenAPI filter on the sample application, whose resources declare no responses at all:
 * the document still names each problem status an operation can answer, with the one problem schema.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ContractFilterTest {

    JsonNode document;

    @BeforeEach
    void load() throws Exception {
        String json = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/kit-openapi.json"), json);
        document = new ObjectMapper().readTree(json);
    }

    List<String> statuses(String path, String method) {
        List<String> codes = new ArrayList<>();
        document.path("paths").path(path).path(method).path("responses").fieldNames().forEachRemaining(codes::add);
        return codes;
    }

    @Test
    void updateWithIfMatchAnswersEveryVersioningProblem() {
        assertEquals(List.of("200", "400", "401", "403", "404", "409", "412", "428", "500"), statuses("/test/samples/{id}", "put"));
        JsonNode stale = document.at("/paths/~1test~1samples~1{id}/put/responses/412/content/application~1problem+json/schema");
        assertEquals("#/components/schemas/Problem", stale.path("$ref").asText());
        // Quarkus's own content-less "Bad Request" gets the problem content and our description.
        String badRequest = document.at("/paths/~1test~1samples~1{id}/put/responses/400/description").asText();
        assertTrue(badRequest.contains("请求不合规"), badRequest);
        assertTrue(document.at("/components/schemas/Problem/properties/currentVersion").isObject());
    }

    @Test
    void readsAnswerNoBodyProblemsAndListsAnswer400ForTheirParameters() {
        assertEquals(List.of("200", "401", "403", "404", "500"), statuses("/test/samples/{id}", "get"));
        assertEquals(List.of("200", "400", "401", "403", "500"), statuses("/test/samples", "get"));
    }

    @Test
    void aListAnsweringThePageEnvelopeIsDescribedAsOnePageWithoutAnAnnotation() {
        assertEquals("One page", document.at("/paths/~1test~1samples/get/responses/200/description").asText());
        assertEquals("One page", document.at("/paths/~1test~1access-log/get/responses/200/description").asText());
        // an answer that is not a page keeps the scanner's wording
        assertEquals("OK", document.at("/paths/~1test~1samples~1{id}/get/responses/200/description").asText());
    }

    @Test
    void syncUploadAnswers413AndTheIdempotencyProblems() {
        List<String> upload = statuses("/test/sync/samples", "post");
        assertTrue(upload.containsAll(List.of("400", "401", "403", "409", "413", "422", "500")), upload.toString());
        assertFalse(statuses("/test/sync/samples/changes", "get").contains("413"));
    }

    @Test
    void syncIsTypedPerResource() {
        // The templated paths give way to one path per resource named in x-sync-resources.
        assertTrue(document.path("paths").path("/test/sync/{resource}").isMissingNode());
        assertTrue(document.path("paths").path("/test/sync/{resource}/changes").isMissingNode());
        assertTrue(document.path("x-sync-resources").isMissingNode());
        JsonNode upload = document.at("/paths/~1test~1sync~1samples/post");
        assertEquals("uploadTestSamples", upload.path("operationId").asText());
        JsonNode record = upload.at("/requestBody/content/application~1json/schema/properties/records/items");
        assertEquals("#/components/schemas/SampleInput", record.at("/allOf/0/$ref").asText());
        assertEquals("id", record.at("/allOf/1/required/0").asText(), "sync records are named by the client");
        JsonNode example = upload.at("/requestBody/content/application~1json/example/records/0");
        assertTrue(example.path("id").isTextual() && example.has("kind") && example.has("happenedOn"), example.toString());
        assertEquals(1000, upload.at("/requestBody/content/application~1json/schema/properties/records/maxItems").asInt());
        JsonNode result = upload.at("/responses/200/content/application~1json/schema/properties/results/items");
        assertEquals("#/components/schemas/SyncResult", result.at("/allOf/0/$ref").asText());
        assertEquals("#/components/schemas/SampleView", result.at("/allOf/1/properties/current/$ref").asText());
        for (JsonNode parameter : upload.path("parameters")) {
            assertFalse("path".equals(parameter.path("in").asText()), parameter.toString());
        }
        // A resource without an input is download only: a change feed and no upload.
        assertTrue(document.at("/paths/~1test~1sync~1archived-samples/post").isMissingNode());
        JsonNode changes = document.at("/paths/~1test~1sync~1archived-samples~1changes/get");
        assertEquals("testArchivedSamplesChanges", changes.path("operationId").asText());
        JsonNode change = changes.at("/responses/200/content/application~1json/schema/properties/changes/items/allOf/1/properties/record");
        assertEquals("#/components/schemas/SampleView", change.at("/anyOf/0/$ref").asText());
        assertEquals("null", change.at("/anyOf/1/type").asText());
        // The generic envelopes are gone; the result and change keep no untyped member.
        assertTrue(document.at("/components/schemas/SyncBatchResponse").isMissingNode());
        assertTrue(document.at("/components/schemas/SyncResult/properties/current").isMissingNode());
        assertTrue(document.at("/components/schemas/Change/properties/record").isMissingNode());
    }

    @Test
    void everyComponentSchemaIsUsed() {
        // The kit's @Schema classes (stats, sync envelopes) are scanned into every service; unused ones go.
        String text = document.toString();
        List<String> unused = new ArrayList<>();
        document.path("components").path("schemas").fieldNames().forEachRemaining(name -> {
            if (!text.contains("\"#/components/schemas/" + name + "\"")) {
                unused.add(name);
            }
        });
        assertEquals(List.of(), unused);
        assertTrue(document.at("/components/schemas/Problem").isObject());
    }

    @Test
    void answersListEveryPropertyAsRequiredAndInputsKeepTheirOwn() {
        JsonNode view = document.at("/components/schemas/SampleView");
        List<String> required = new ArrayList<>();
        view.path("required").forEach(r -> required.add(r.asText()));
        List<String> properties = new ArrayList<>();
        view.path("properties").fieldNames().forEachRemaining(properties::add);
        assertEquals(properties.stream().sorted().toList(), required.stream().sorted().toList());
        JsonNode input = document.at("/components/schemas/SampleInput/required");
        List<String> inputRequired = new ArrayList<>();
        input.forEach(r -> inputRequired.add(r.asText()));
        assertFalse(inputRequired.contains("id"), inputRequired.toString());
        assertFalse(inputRequired.contains("version"), inputRequired.toString());
    }

    @Test
    void securedOperationsNameTheirRoles() {
        String description = document.at("/paths/~1test~1samples/post/description").asText();
        assertTrue(description.contains("district-admin") && description.contains("township-clerk"), description);
        assertFalse(description.contains("provincial-reader"), description);
    }

    @Test
    void requestBodiesGetAnExampleFromTheirSchema() {
        JsonNode example = document.at("/paths/~1test~1samples/post/requestBody/content/application~1json/example");
        assertTrue(example.isObject(), document.at("/paths/~1test~1samples/post/requestBody").toString());
        // Required fields without an explicit example get a value of their type or enum.
        assertTrue(example.has("kind") && example.has("happenedOn"), example.toString());
    }
}
