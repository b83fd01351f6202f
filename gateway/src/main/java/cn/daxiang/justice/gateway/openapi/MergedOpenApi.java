package cn.daxiang.justice.gateway.openapi;

import cn.daxiang.justice.gateway.config.GatewayConfig;
import cn.daxiang.justice.gateway.problem.Problems;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One OpenAPI document for clients at {@code /q/openapi}: the four services' documents merged
 * (paths, schemas, tags, security schemes), and each alone at {@code /q/openapi/{line}}.
 * A line that cannot be reached is left out and named in {@code x-unavailable-lines}.
 */
@ApplicationScoped
public class MergedOpenApi {

    @Inject
    GatewayConfig config;

    @Inject
    Vertx vertx;

    HttpClient client;

    void register(@Observes Router router) {
        client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(2000));
        router.get("/q/openapi").handler(this::merged);
        router.get("/q/openapi/:line").handler(this::single);
    }

    private Future<JsonObject> fetch(URI upstream) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(upstream.getHost())
                .setPort(upstream.getPort() > 0 ? upstream.getPort() : 80).setURI("/q/openapi?format=json")
                .setIdleTimeout(5000);
        return client.request(options)
                .compose(request -> request.send())
                .compose(response -> {
                    if (response.statusCode() != 200) {
                        return Future.failedFuture("status " + response.statusCode());
                    }
                    return response.body();
                })
                .map(JsonObject::new);
    }

    void single(RoutingContext rc) {
        URI upstream = config.upstream().get(rc.pathParam("line"));
        if (upstream == null) {
            Problems.send(rc, 404, "not-found", "记录不存在", "没有这条业务线");
            return;
        }
        fetch(upstream).onComplete(doc -> {
            if (doc.failed()) {
                Problems.send(rc, 502, "bad-gateway", "上游服务不可用", "无法取得该业务线的接口文档");
            } else {
                rc.response().putHeader("Content-Type", "application/json").end(doc.result().encode());
            }
        });
    }

    void merged(RoutingContext rc) {
        List<String> lines = new ArrayList<>(config.upstream().keySet());
        List<Future<JsonObject>> docs = lines.stream().map(l -> fetch(config.upstream().get(l))).toList();
        Future.join(docs).onComplete(all -> {
            JsonObject merged = skeleton();
            JsonArray unavailable = new JsonArray();
            for (int i = 0; i < lines.size(); i++) {
                Future<JsonObject> doc = docs.get(i);
                if (doc.succeeded()) {
                    mergeInto(merged, doc.result());
                } else {
                    unavailable.add(lines.get(i));
                }
            }
            if (!unavailable.isEmpty()) {
                merged.put("x-unavailable-lines", unavailable);
            }
            rc.response().putHeader("Content-Type", "application/json").end(merged.encodePrettily());
        });
    }

    static JsonObject skeleton() {
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject()
                        .put("title", "司法行政业务平台 API (judicial administration platform)")
                        .put("version", "1.0.0")
                        .put("description", "All work lines of the Daxiang District judicial bureau through the gateway / 经网关访问的全部业务接口"))
                .put("paths", new JsonObject())
                .put("components", new JsonObject().put("schemas", new JsonObject()).put("securitySchemes", new JsonObject()))
                .put("tags", new JsonArray());
    }

    static void mergeInto(JsonObject merged, JsonObject doc) {
        JsonObject paths = merged.getJsonObject("paths");
        doc.getJsonObject("paths", new JsonObject()).forEach(p -> paths.put(p.getKey(), p.getValue()));
        JsonObject components = doc.getJsonObject("components", new JsonObject());
        for (String kind : List.of("schemas", "securitySchemes")) {
            JsonObject target = merged.getJsonObject("components").getJsonObject(kind);
            components.getJsonObject(kind, new JsonObject()).forEach((Map.Entry<String, Object> e) -> target.put(e.getKey(), e.getValue()));
        }
        JsonArray tags = merged.getJsonArray("tags");
        doc.getJsonArray("tags", new JsonArray()).forEach(tag -> {
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        });
        if (doc.containsKey("security") && !merged.containsKey("security")) {
            merged.put("security", doc.getJsonArray("security"));
        }
    }
}
