package cn.daxiang.justice.gateway.openapi;

import io.vertx.core.json.JsonObject;

/** Opens the package-private merge of {@link MergedOpenApi} to the gateway's tests. */
public final class MergedOpenApiAccess {

    private MergedOpenApiAccess() {
    }

    public static JsonObject skeleton() {
        return MergedOpenApi.skeleton();
    }

    public static void mergeInto(JsonObject merged, JsonObject doc, String line) {
        MergedOpenApi.mergeInto(merged, doc, line);
    }

    public static void addGatewayResponses(JsonObject merged) {
        MergedOpenApi.addGatewayResponses(merged);
    }
}
