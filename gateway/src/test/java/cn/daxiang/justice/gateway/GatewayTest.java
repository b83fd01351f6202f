package cn.daxiang.justice.gateway;

import cn.daxiang.justice.devsupport.DevTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(StubUpstreams.class)
class GatewayTest {

    static final String DISTRICT = "430503000000";

    static RequestSpecification as(String subject) {
        return given().auth().oauth2(DevTokens.token(subject, "district-admin", DISTRICT));
    }

    @Test
    void routesEveryMethodKeepingPathQueryBodyHeadersAndStatus() {
        as("routing").header("X-Custom", "abc").queryParam("page", 2).get("/api/v1/mediation/disputes")
                .then().statusCode(200)
                .header("X-Upstream-Header", "kept")
                .body("method", equalTo("GET")).body("uri", equalTo("/api/v1/mediation/disputes?page=2"));
        assertEquals("abc", StubUpstreams.lastHeaders.get("X-Custom"));
        assertTrue(StubUpstreams.lastHeaders.get("Authorization").startsWith("Bearer "), "the token is forwarded");
        as("routing").contentType("application/json").body("{\"a\":1}").post("/api/v1/corrections/subjects")
                .then().statusCode(201).body("method", equalTo("POST")).body("body", equalTo("{\"a\":1}"))
                .header("Location", containsString("localhost:" + RestAssured.port));
        as("routing").contentType("application/json").body("{\"b\":2}").put("/api/v1/evaluation/targets/1")
                .then().statusCode(200).body("method", equalTo("PUT")).body("body", equalTo("{\"b\":2}"));
        as("routing").delete("/api/v1/corrections/subjects/missing").then().statusCode(404).body("method", equalTo("DELETE"));
    }

    @Test
    void badTokensAre401WithoutTouchingTheUpstream() {
        int before = StubUpstreams.CALLS.get();
        String valid = DevTokens.token("intruder", "district-admin", DISTRICT);
        String[] parts = valid.split("\\.");
        String none = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
        String tampered = parts[0] + "." + base64(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("district-admin", "provincial-reader")) + "." + parts[2];
        List<String> tokens = List.of(
                DevTokens.token("intruder", List.of("district-admin"), DISTRICT, DevTokens.ISSUER, Instant.now().minusSeconds(120)),
                DevTokens.token("intruder", List.of("district-admin"), DISTRICT, "https://other.example/issuer", Instant.now().plusSeconds(600)),
                none, tampered, "garbage");
        for (String token : tokens) {
            given().auth().oauth2(token).get("/api/v1/mediation/disputes").then().statusCode(401)
                    .contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        }
        given().get("/api/v1/mediation/disputes").then().statusCode(401).body("status", equalTo(401));
        assertEquals(before, StubUpstreams.CALLS.get(), "no rejected request reached the upstream");
    }

    @Test
    void corsAllowsOnlyConfiguredOrigins() {
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/mediation/disputes").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Allow-Credentials", not(equalTo("true")));
        given().header("Origin", "http://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/mediation/disputes").then().statusCode(403);
    }

    @Test
    void tooLargeBodiesAre413() {
        int before = StubUpstreams.CALLS.get();
        as("big").contentType("application/json").body("{\"x\":\"" + "a".repeat(5000) + "\"}")
                .post("/api/v1/corrections/subjects").then().statusCode(413).contentType("application/problem+json");
        assertEquals(before, StubUpstreams.CALLS.get());
    }

    @Test
    void aBurstOverTheLimitIs429ThenRecovers() throws InterruptedException {
        Response limited = null;
        for (int i = 0; i < 40 && limited == null; i++) {
            Response r = as("burst").get("/api/v1/mediation/disputes");
            if (r.statusCode() == 429) {
                limited = r;
            }
        }
        assertTrue(limited != null, "40 requests at once must exceed a bucket of 20");
        limited.then().contentType("application/problem+json").header("Retry-After", matchesPattern("\\d+"));
        Thread.sleep(Long.parseLong(limited.header("Retry-After")) * 1000 + 200);
        as("burst").get("/api/v1/mediation/disputes").then().statusCode(200);
        as("someone-else").get("/api/v1/mediation/disputes").then().statusCode(200);
    }

    @Test
    void anUpstreamThatIsDownIs502AndASlowOneIs504() {
        as("failures").get("/api/v1/legal-aid/cases").then().statusCode(502).contentType("application/problem+json");
        as("failures").get("/api/v1/corrections/slow").then().statusCode(504).contentType("application/problem+json");
    }

    @Test
    void requestIdsAreGeneratedKeptAndPassedOn() {
        String generated = as("ids").get("/api/v1/mediation/disputes").then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}")).extract().header("X-Request-Id");
        assertEquals(generated, StubUpstreams.lastHeaders.get("X-Request-Id"));
        as("ids").header("X-Request-Id", "township-upload-0001").get("/api/v1/mediation/disputes").then()
                .header("X-Request-Id", "township-upload-0001");
        assertEquals("township-upload-0001", StubUpstreams.lastHeaders.get("X-Request-Id"));
        as("ids").header("X-Request-Id", "bad id\u0001").get("/api/v1/mediation/disputes").then()
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void onlyInventoriedRoutesAreExposed() {
        as("routes").get("/api/v1/unknown/things").then().statusCode(404).contentType("application/problem+json");
        int before = StubUpstreams.CALLS.get();
        // dot segments are resolved before routing, so no path can climb into a service's /q/*
        as("routes").urlEncodingEnabled(false).get("/api/v1/corrections/../../q/metrics").then().statusCode(404);
        as("routes").urlEncodingEnabled(false).get("/api/v1/corrections/%2e%2e/%2e%2e/q/openapi").then().statusCode(404);
        assertEquals(before, StubUpstreams.CALLS.get());
        RestAssured.get("/q/health/live").then().statusCode(200);
    }

    @Test
    void readinessNamesEachUpstream() {
        RestAssured.get("/q/health/ready").then().statusCode(503)
                .body("checks.data.mediation", hasItem("UP"))
                .body("checks.data.'legal-aid'", hasItem("DOWN"));
    }

    @Test
    void servesOneMergedOpenApiDocument() {
        RestAssured.get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/mediation/committees'.get", equalTo(java.util.Map.of()))
                .body("'x-unavailable-lines'", hasItem("legal-aid"))
                .body("info.title", containsString("司法行政业务平台"));
        RestAssured.get("/q/openapi/mediation").then().statusCode(200).body("openapi", equalTo("3.1.0"));
        RestAssured.get("/q/openapi/legal-aid").then().statusCode(502);
    }

    static String base64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
