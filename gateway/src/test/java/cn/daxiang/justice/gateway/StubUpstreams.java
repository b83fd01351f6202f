package cn.daxiang.justice.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stand-ins for the services: one echo server behind corrections, mediation and evaluation, and a
 * closed port behind legal aid (a line that is down). The echo answers what it received.
 */
public class StubUpstreams implements QuarkusTestResourceLifecycleManager {

    static final AtomicInteger CALLS = new AtomicInteger();
    static volatile MultiMap lastHeaders;
    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(req -> {
            if (req.path().equals("/q/openapi")) {
                String line = req.localAddress().port() + "";
                req.response().putHeader("Content-Type", "application/json").end(new JsonObject()
                        .put("openapi", "3.1.0")
                        .put("paths", new JsonObject().put("/api/v1/mediation/committees", new JsonObject().put("get", new JsonObject())))
                        .put("components", new JsonObject().put("schemas", new JsonObject().put("Problem", new JsonObject())))
                        .put("tags", new io.vertx.core.json.JsonArray().add(new JsonObject().put("name", "committees" + line.charAt(0))))
                        .encode());
                return;
            }
            CALLS.incrementAndGet();
            lastHeaders = MultiMap.caseInsensitiveMultiMap().addAll(req.headers());
            req.body().onSuccess(body -> {
                Runnable answer = () -> req.response()
                        .setStatusCode(req.path().endsWith("/missing") ? 404 : req.method().name().equals("POST") ? 201 : 200)
                        .putHeader("Content-Type", "application/json")
                        .putHeader("X-Upstream-Header", "kept")
                        .putHeader("Location", "http://" + req.getHeader("Host") + req.path() + "/new")
                        .end(new JsonObject().put("method", req.method().name()).put("uri", req.uri())
                                .put("body", body.toString()).encode());
                if (req.path().endsWith("/slow")) {
                    vertx.setTimer(3000, t -> answer.run());
                } else {
                    answer.run();
                }
            });
        });
        try {
            server.listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        String url = "http://localhost:" + server.actualPort();
        return Map.of("gateway.upstream.corrections", url, "gateway.upstream.mediation", url,
                "gateway.upstream.evaluation", url, "gateway.upstream.legal-aid", "http://localhost:" + closedPort());
    }

    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        vertx.close();
    }
}
