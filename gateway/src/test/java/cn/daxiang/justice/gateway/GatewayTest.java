package cn.daxiang.justice.gateway;

import cn.daxiang.justice.devsupport.DevTokens;
import cn.daxiang.justice.devsupport.testing.LogLines;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import jakarta.enterprise.inject.spi.CDI;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
    void thePersonViewIsRoutedToTheEvaluationServiceWithThePathKept() {
        as("persons").contentType("application/json").body("{\"idNumber\":\"x\"}").post("/api/v1/persons/lookup")
                .then().statusCode(201).body("uri", equalTo("/api/v1/persons/lookup"));
        as("persons").get("/api/v1/persons/abc").then().statusCode(200).body("uri", equalTo("/api/v1/persons/abc"));
        assertTrue(StubUpstreams.lastHeaders.get("Authorization").startsWith("Bearer "), "the caller's token goes on");
        as("persons").get("/api/v1/people/abc").then().statusCode(404);
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
    void aBurstOverTheLimitIs429ThenRecovers() throws Exception {
        // At once from several threads, so that a slow (busy) machine cannot refill the bucket in between.
        ExecutorService pool = Executors.newFixedThreadPool(10);
        Response limited;
        try {
            List<Future<Response>> burst = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                burst.add(pool.submit(() -> as("burst").get("/api/v1/mediation/disputes")));
            }
            limited = null;
            for (Future<Response> answer : burst) {
                Response r = answer.get();
                if (r.statusCode() == 429 && limited == null) {
                    limited = r;
                }
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(limited != null, "60 requests at once must exceed a bucket of 20");
        limited.then().contentType("application/problem+json").header("Retry-After", matchesPattern("\\d+"));
        Thread.sleep(Long.parseLong(limited.header("Retry-After")) * 1000 + 200);
        as("burst").get("/api/v1/mediation/disputes").then().statusCode(200);
        as("someone-else").get("/api/v1/mediation/disputes").then().statusCode(200);
    }

    @Test
    void unauthenticatedAttemptsAreLimitedPerClientNamedByTheTrustedProxy() {
        assertTrue(limitedAfterAttempts("203.0.113.7"), "a bucket of 20 must run out within 60 attempts");
        given().header("X-Forwarded-For", "203.0.113.8").get("/api/v1/mediation/disputes").then().statusCode(401);
        as("forwarded").header("X-Forwarded-For", "203.0.113.9").get("/api/v1/mediation/disputes").then().statusCode(200);
        assertEquals("203.0.113.9", StubUpstreams.lastHeaders.get("X-Forwarded-For"), "the service learns the client, not the proxy");
    }

    /** Whether unauthenticated attempts from the client a proxy names in X-Forwarded-For meet a 429 within 60. */
    static boolean limitedAfterAttempts(String client) {
        for (int i = 0; i < 60; i++) {
            int status = given().header("X-Forwarded-For", client).get("/api/v1/mediation/disputes").statusCode();
            if (status == 429) {
                return true;
            }
            assertEquals(401, status);
        }
        return false;
    }

    /** How many requests pass before the first 429, which must come within {@code attempts}. */
    static int passedBeforeLimited(int attempts, java.util.function.Supplier<Response> request) {
        for (int i = 0; i < attempts; i++) {
            Response r = request.get();
            if (r.statusCode() == 429) {
                r.then().contentType("application/problem+json").header("Retry-After", matchesPattern("[1-9]\\d*"));
                return i;
            }
            assertTrue(r.statusCode() < 300, "status " + r.statusCode());
        }
        throw new AssertionError("no 429 after " + attempts + " requests");
    }

    @Test
    void expensiveRequestsEmptyTheBucketFasterThanCheapReads() {
        // Bucket of 20 refilled at 5 a second (test profile); costs are the defaults.
        for (int i = 0; i < 20; i++) {
            as("cost-cheap").queryParam("size", 20).get("/api/v1/mediation/disputes").then().statusCode(200);
        }
        int feed = passedBeforeLimited(10, () -> as("cost-feed").queryParam("limit", 1000)
                .get("/api/v1/corrections/sync/subjects/changes"));
        int report = passedBeforeLimited(10, () -> as("cost-report").get("/api/v1/evaluation/runs/r1/report"));
        int export = passedBeforeLimited(10, () -> as("cost-export").get("/api/v1/evaluation/runs/r1/export"));
        int runsWithChildren = passedBeforeLimited(10, () -> as("cost-children").contentType("application/json")
                .body("{\"orgUnit\":\"430503000000\",\"year\":2024,\"includeChildren\":true}").post("/api/v1/evaluation/runs"));
        int runs = passedBeforeLimited(40, () -> as("cost-run").contentType("application/json")
                .body("{\"orgUnit\":\"430503000000\",\"year\":2024}").post("/api/v1/evaluation/runs"));
        assertTrue(feed <= 3, "a feed page of 1000 costs 10: " + feed);
        assertTrue(report <= 7, "a report costs 5: " + report);
        assertTrue(export <= 3, "an export costs 10: " + export);
        assertTrue(runsWithChildren <= 2, "a run with children costs 15: " + runsWithChildren);
        assertTrue(runs > runsWithChildren && runs < 20, "a run alone costs 3: " + runs);
    }

    @Test
    void aPricedRunBodyStillReachesTheUpstreamUnchanged() {
        String body = "{\"orgUnit\":\"430503000000\",\"year\":2024,\"includeChildren\":false}";
        as("run-body").contentType("application/json").body(body).post("/api/v1/evaluation/runs")
                .then().statusCode(201).body("body", equalTo(body)).body("uri", equalTo("/api/v1/evaluation/runs"));
    }

    @Test
    void anUpstreamThatIsDownIs502AndASlowOneIs504() {
        as("failures").get("/api/v1/legal-aid/cases").then().statusCode(502).contentType("application/problem+json");
        as("failures").get("/api/v1/corrections/slow").then().statusCode(504).contentType("application/problem+json");
    }

    @Test
    void theGatewaysLogLinesOfARequestCarryItsRequestId() {
        try (LogLines logs = LogLines.of("cn.daxiang.justice.gateway")) {
            as("logs").header("X-Request-Id", "gateway-log-0001").get("/api/v1/legal-aid/cases").then().statusCode(502);
            List<LogLines.Line> lines = logs.containing("unreachable");
            assertEquals(1, lines.size(), lines.toString());
            assertEquals("gateway-log-0001", lines.get(0).requestId(), "the JSON line's requestId field (MDC)");
        }
    }

    @Test
    void theForwardedRequestCarriesTheTraceOfTheGatewaysSpans() throws Exception {
        String callersTrace = "4bf92f3577b34da6a3ce929d0e0e4736";
        as("traces").header("traceparent", "00-" + callersTrace + "-00f067aa0ba902b7-01").get("/api/v1/mediation/disputes")
                .then().statusCode(200);
        String[] forwarded = StubUpstreams.lastHeaders.get("traceparent").split("-");
        assertEquals(callersTrace, forwarded[1], "the caller's trace goes on");
        assertNotEquals("00f067aa0ba902b7", forwarded[2], "the upstream's parent is the gateway's own span");
        List<SpanData> spans = finishedSpans(callersTrace, found -> found.stream().anyMatch(s -> s.getSpanId().equals(forwarded[2])));
        SpanData server = spans.stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst().orElseThrow(() -> new AssertionError("no server span"));
        assertEquals("00f067aa0ba902b7", server.getParentSpanId(), "the gateway's span continues the caller's");
        assertTrue(spans.stream().anyMatch(s -> s.getKind() == SpanKind.CLIENT && s.getSpanId().equals(forwarded[2])
                        && s.getParentSpanId().equals(server.getSpanId())),
                "the forwarded request is a client span under the gateway's: " + spans);
    }

    @Test
    void aPersonSearchReachesTheUpstreamWithItsNameAndIdNumberButNoSpanCarriesThem() throws Exception {
        String trace = "5c0e3a1f9d2b4e6f8a7c6b5d4e3f2a1b";
        as("query-traces").header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
                .queryParam("name", "张三丰").queryParam("idNumber", "430503199001011234")
                .get("/api/v1/corrections/subjects").then().statusCode(200)
                .body("uri", containsString("idNumber=430503199001011234"));
        List<SpanData> spans = finishedSpans(trace, found -> found.stream().anyMatch(s -> s.getKind() == SpanKind.SERVER)
                && found.stream().anyMatch(s -> s.getKind() == SpanKind.CLIENT));
        SpanData server = spans.stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst().orElseThrow(() -> new AssertionError("no server span"));
        assertEquals("name=*&idNumber=*", server.getAttributes().get(AttributeKey.stringKey("url.query")), "the names stay, no value");
        for (SpanData span : spans) {
            String seen = span.getName() + " " + span.getAttributes();
            for (String personal : List.of("张三丰", "%E5%BC%A0", "430503199001011234")) {
                assertFalse(seen.contains(personal), span.getKind() + " span carries " + personal + ": " + seen);
            }
        }
    }

    /** The finished spans of a trace, once {@code done} holds for them (the exporter gets them a little after the answer). */
    static List<SpanData> finishedSpans(String traceId, Predicate<List<SpanData>> done) throws InterruptedException {
        List<SpanData> spans = new ArrayList<>();
        for (int i = 0; i < 100 && !done.test(spans); i++) {
            Thread.sleep(50);
            spans = spans().getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(traceId)).toList();
        }
        return spans;
    }

    static InMemorySpanExporter spans() {
        return CDI.current().select(InMemorySpanExporter.class).get();
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
    void aLineThatIsDownLeavesTheGatewayReadyAndIsNamedInTheUpstreamsGroup() {
        // legal aid's stub is down: the gateway stays in service for the other lines
        RestAssured.get("/q/health/ready").then().statusCode(200);
        RestAssured.get("/q/health/group/upstreams").then().statusCode(503)
                .body("checks.data.mediation", hasItem("UP"))
                .body("checks.data.'legal-aid'", hasItem("DOWN"));
        as("health").get("/api/v1/legal-aid/cases").then().statusCode(502);
        as("health").get("/api/v1/mediation/disputes").then().statusCode(200);
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
