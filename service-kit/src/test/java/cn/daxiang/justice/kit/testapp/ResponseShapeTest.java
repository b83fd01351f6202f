package cn.daxiang.justice.kit.testapp;

import cn.daxiang.justice.devsupport.DevTokens;
import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kit's response plumbing: ETag from a view's version, Location from the request, the contract of both. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ResponseShapeTest {

    static final String PATH = "/test/versioned";

    static RequestSpecification admin() {
        return given().auth().oauth2(DevTokens.token("user-versioned", "district-admin", "430503000000"))
                .contentType(ContentType.JSON);
    }

    @Test
    void aVersionedViewIsTaggedWithItsQuotedVersion() {
        UUID id = UUID.randomUUID();
        admin().get(PATH + "/" + id).then().statusCode(200).header("ETag", "\"3\"");
        admin().body("{\"text\":\"x\"}").put(PATH + "/" + id).then().statusCode(200).header("ETag", "\"4\"");
    }

    @Test
    void aListGetsNoETag() {
        admin().get(PATH).then().statusCode(200).header("ETag", nullValue());
    }

    @Test
    void aProblemGetsNoETag() {
        admin().get(PATH + "/" + new UUID(0, 0)).then().statusCode(404).header("ETag", nullValue());
    }

    @Test
    void aCreateAnswers201WithLocationFromTheRequestAndTheVersion() {
        ExtractableResponse<Response> answer = admin().body("{\"text\":\"x\"}").post(PATH).then().statusCode(201)
                .header("ETag", "\"1\"").extract();
        String location = answer.header("Location");
        assertTrue(location.matches("http://[^/]+" + PATH + "/" + answer.path("id")), location);
    }

    @Test
    void aRecordCreatedThroughAnotherResourceLivesInThatResourcesCollection() {
        ExtractableResponse<Response> answer = admin().body("{\"text\":\"x\"}").post(PATH + "/" + UUID.randomUUID() + "/samples")
                .then().statusCode(201).header("ETag", "\"1\"").extract();
        String location = answer.header("Location");
        assertTrue(location.matches("http://[^/]+/test/samples/" + answer.path("id")), location);
    }

    @Test
    void aRecordCreatedByAnActionLivesInTheCollectionItIsListedIn() {
        UUID parent = UUID.randomUUID();
        ExtractableResponse<Response> answer = admin().body("{\"text\":\"x\"}").post(PATH + "/" + parent + "/follow-up")
                .then().statusCode(201).extract();
        String location = answer.header("Location");
        assertTrue(location.matches("http://[^/]+" + PATH + "/" + parent + "/follow-ups/" + answer.path("id")), location);
    }

    @Test
    void aViewWithoutVersionIsCreatedWithLocationAndNoETag() {
        UUID parent = UUID.randomUUID();
        admin().body("{\"text\":\"x\"}").post(PATH + "/" + parent + "/receipts").then().statusCode(201)
                .header("ETag", nullValue())
                .header("Location", org.hamcrest.Matchers.matchesPattern(".*" + PATH + "/" + parent + "/receipts/[0-9a-f-]{36}$"));
    }

    @Test
    void theContractSaysACreateAnswers201AndAnUpdateUpdated() throws Exception {
        JsonNode document = new ObjectMapper().readTree(
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
        JsonNode create = document.at("/paths/~1test~1versioned/post/responses");
        assertTrue(create.path("200").isMissingNode(), create.toString());
        assertEquals("Created", create.at("/201/description").asText());
        assertEquals("#/components/schemas/Note", create.at("/201/content/application~1json/schema/$ref").asText());
        assertEquals("#/components/schemas/Problem", create.at("/409/content/application~1problem+json/schema/$ref").asText());
        JsonNode update = document.at("/paths/~1test~1versioned~1{id}/put/responses");
        assertEquals("Updated", update.at("/200/description").asText());
        assertEquals("#/components/schemas/Note", update.at("/200/content/application~1json/schema/$ref").asText());
        // An error status declared with a description only gets the problem content, the description kept.
        JsonNode declared = document.at("/paths/~1test~1versioned~1{id}~1samples/post/responses");
        assertEquals("Handed over", declared.at("/201/description").asText());
        assertEquals("Handed over already / 已移交", declared.at("/409/description").asText());
        assertEquals("#/components/schemas/Problem", declared.at("/409/content/application~1problem+json/schema/$ref").asText());
        // A read keeps the scanner's answer; only creates and updates are named.
        assertEquals("OK", document.at("/paths/~1test~1versioned~1{id}/get/responses/200/description").asText());
    }
}
