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
    void syncUploadAnswers413AndTheIdempotencyProblems() {
        List<String> upload = statuses("/test/sync/{resource}", "post");
        assertTrue(upload.containsAll(List.of("400", "401", "403", "404", "409", "413", "422", "500")), upload.toString());
        assertFalse(statuses("/test/sync/{resource}/changes", "get").contains("413"));
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
