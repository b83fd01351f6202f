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
                    mergeInto(merged, doc.result(), lines.get(i));
                } else {
                    unavailable.add(lines.get(i));
                }
            }
            if (!unavailable.isEmpty()) {
                merged.put("x-unavailable-lines", unavailable);
            }
            addGatewayResponses(merged);
            rc.response().putHeader("Content-Type", "application/json").end(merged.encodePrettily());
        });
    }

    static JsonObject skeleton() {
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject()
                        .put("title", "司法行政业务平台 API (judicial administration platform)")
                        .put("version", "1.0.0")
                        .put("description", "All work lines of the Daxiang District judicial bureau through the gateway / 经网关访问的全部业务接口")
                        .put("contact", new JsonObject().put("name", "大祥区司法局"))
                        .put("license", new JsonObject().put("name", "Proprietary / 内部使用").put("identifier", "LicenseRef-Proprietary")))
                .put("servers", new JsonArray().add(new JsonObject().put("url", "/").put("description", "The gateway / 统一入口（网关）")))
                .put("paths", new JsonObject())
                .put("components", new JsonObject().put("schemas", new JsonObject()).put("securitySchemes", new JsonObject()))
                .put("tags", new JsonArray());
    }

    /**
     * What the gateway itself may answer to any operation, before or instead of the service: 429
     * (rate limit), 502 and 504 (the line down or too slow), and for a request with a body 411 (no
     * Content-Length) and 413 (too large). Added where the operation does not say it already.
     */
    static void addGatewayResponses(JsonObject merged) {
        Map<String, String> always = Map.of(
                "429", "Too many requests from this caller; retry after the Retry-After seconds / 请求过于频繁",
                "502", "The work line's service cannot be reached / 上游服务不可用",
                "504", "The work line's service did not answer in time / 上游服务超时");
        Map<String, String> withBody = Map.of(
                "411", "A request body without Content-Length / 请求体须带 Content-Length",
                "413", "The request body is larger than the gateway accepts / 请求体过大");
        JsonObject paths = merged.getJsonObject("paths");
        for (String path : paths.fieldNames()) {
            JsonObject item = paths.getJsonObject(path);
            for (String method : item.fieldNames()) {
                if (!(item.getValue(method) instanceof JsonObject operation) || !operation.containsKey("responses")) {
                    continue;
                }
                JsonObject responses = operation.getJsonObject("responses");
                always.forEach((status, description) -> addProblem(responses, status, description));
                if (operation.containsKey("requestBody")) {
                    withBody.forEach((status, description) -> addProblem(responses, status, description));
                }
            }
        }
    }

    private static void addProblem(JsonObject responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.put(status, new JsonObject().put("description", description).put("content", new JsonObject()
                    .put("application/problem+json", new JsonObject()
                            .put("schema", new JsonObject().put("$ref", "#/components/schemas/Problem")))));
        }
    }

    /** {@code mergeInto} with the line's name, so that a schema name another line defines differently can be told apart. */
    static void mergeInto(JsonObject merged, JsonObject doc) {
        mergeInto(merged, doc, "line");
    }

    /**
     * Adds one line's document: its paths, every kind of component and its tags (by name, the first
     * description kept). A schema that another line already defines differently under the same name
     * is renamed in this line's document (the line's name in front, e.g. {@code EvaluationProblem})
     * and its references follow, so that no line's schema silently replaces another's.
     */
    static void mergeInto(JsonObject merged, JsonObject doc, String line) {
        JsonObject schemas = merged.getJsonObject("components").getJsonObject("schemas");
        JsonObject own = doc.getJsonObject("components", new JsonObject()).getJsonObject("schemas", new JsonObject());
        Map<String, String> renames = new java.util.HashMap<>();
        for (String name : own.fieldNames()) {
            if (schemas.containsKey(name) && !schemas.getValue(name).equals(own.getValue(name))) {
                renames.put(name, prefix(line) + name);
            }
        }
        if (!renames.isEmpty()) {
            doc = (JsonObject) rewriteRefs(doc.copy(), renames);
            JsonObject renamed = doc.getJsonObject("components").getJsonObject("schemas");
            renames.forEach((from, to) -> renamed.put(to, renamed.remove(from)));
        }
        JsonObject paths = merged.getJsonObject("paths");
        doc.getJsonObject("paths", new JsonObject()).forEach(p -> paths.put(p.getKey(), p.getValue()));
        JsonObject components = doc.getJsonObject("components", new JsonObject());
        for (String kind : components.fieldNames()) {
            JsonObject target = merged.getJsonObject("components").getJsonObject(kind);
            if (target == null) {
                target = new JsonObject();
                merged.getJsonObject("components").put(kind, target);
            }
            JsonObject into = target;
            components.getJsonObject(kind, new JsonObject()).forEach((Map.Entry<String, Object> e) -> into.put(e.getKey(), e.getValue()));
        }
        JsonArray tags = merged.getJsonArray("tags");
        doc.getJsonArray("tags", new JsonArray()).forEach(tag -> {
            String name = ((JsonObject) tag).getString("name");
            boolean known = tags.stream().anyMatch(t -> ((JsonObject) t).getString("name").equals(name));
            if (!known) {
                tags.add(tag);
            }
        });
        if (doc.containsKey("security") && !merged.containsKey("security")) {
            merged.put("security", doc.getJsonArray("security"));
        }
    }

    static String prefix(String line) {
        StringBuilder out = new StringBuilder();
        for (String part : line.split("-")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }

    static Object rewriteRefs(Object node, Map<String, String> renames) {
        if (node instanceof JsonObject object) {
            for (String key : new ArrayList<>(object.fieldNames())) {
                Object value = object.getValue(key);
                if (key.equals("$ref") && value instanceof String ref && ref.startsWith(SCHEMAS)
                        && renames.containsKey(ref.substring(SCHEMAS.length()))) {
                    object.put(key, SCHEMAS + renames.get(ref.substring(SCHEMAS.length())));
                } else {
                    rewriteRefs(value, renames);
                }
            }
        } else if (node instanceof JsonArray array) {
            array.forEach(item -> rewriteRefs(item, renames));
        }
        return node;
    }

    static final String SCHEMAS = "#/components/schemas/";
}
