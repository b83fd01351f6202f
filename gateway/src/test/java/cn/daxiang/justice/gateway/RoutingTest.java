package cn.daxiang.justice.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Routing by prefix to a stub upstream that echoes what it received. */
@QuarkusTest
@QuarkusTestResource(RoutingTest.EchoUpstream.class)
class RoutingTest {

    public static class EchoUpstream implements QuarkusTestResourceLifecycleManager {
        private Vertx vertx;

        @Override
        public Map<String, String> start() {
            vertx = Vertx.vertx();
            HttpServer server = vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(body ->
                    req.response().setStatusCode(req.path().endsWith("/missing") ? 404 : 200)
                            .putHeader("Content-Type", "application/json")
                            .putHeader("X-Upstream-Auth", String.valueOf(req.getHeader("Authorization")))
                            .end("{\"method\":\"" + req.method() + "\",\"uri\":\"" + req.uri() + "\",\"body\":\""
                                    + body.toString().replace("\"", "'") + "\"}")));
            try {
                server.listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            String url = "http://localhost:" + server.actualPort();
            return Map.of("gateway.upstream.mediation", url, "gateway.upstream.corrections", url);
        }

        @Override
        public void stop() {
            vertx.close();
        }
    }

    @Test
    void routesByPrefixKeepingPathQueryBodyAndStatus() {
        given().header("Authorization", "Bearer abc").queryParam("page", 2)
                .get("/api/v1/mediation/disputes").then().statusCode(200)
                .header("X-Upstream-Auth", "Bearer abc")
                .body("method", equalTo("GET")).body("uri", equalTo("/api/v1/mediation/disputes?page=2"));
        given().contentType("application/json").body("{\"a\":1}")
                .post("/api/v1/corrections/subjects").then().statusCode(200)
                .body("method", equalTo("POST")).body("body", equalTo("{'a':1}"));
        given().put("/api/v1/corrections/subjects/missing").then().statusCode(404);
    }

    @Test
    void servesItsOwnHealthButNotUnroutedPaths() {
        RestAssured.get("/q/health/live").then().statusCode(200);
        RestAssured.get("/api/v1/unknown/things").then().statusCode(404);
    }
}
