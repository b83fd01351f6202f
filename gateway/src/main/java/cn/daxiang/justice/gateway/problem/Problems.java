package cn.daxiang.justice.gateway.problem;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** RFC 9457 answers of the gateway itself, in the same shape and type URNs as the services'. */
public final class Problems {

    private Problems() {
    }

    public static void send(RoutingContext rc, int status, String kind, String title, String detail) {
        if (rc.response().headWritten()) {
            rc.response().reset();
            return;
        }
        JsonObject body = new JsonObject()
                .put("type", "urn:judicial-platform:problem:" + kind)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", rc.request().path());
        rc.response().setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .end(body.encode());
    }
}
