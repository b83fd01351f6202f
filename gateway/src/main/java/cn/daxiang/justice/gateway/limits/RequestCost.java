package cn.daxiang.justice.gateway.limits;

import cn.daxiang.justice.gateway.config.GatewayConfig;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.regex.Pattern;

/**
 * What a request costs at the rate limiter ({@code gateway.rate-limit.cost.*}), by the work it
 * causes upstream: an evaluation run (more with its child org units), a report, an export, and
 * reads by the number of rows they ask for.
 */
@ApplicationScoped
public class RequestCost {

    static final String RUNS = "/api/v1/evaluation/runs";
    private static final Pattern RUN_ACTION = Pattern.compile(Pattern.quote(RUNS) + "/[^/]+/(report|export)");
    /** Bodies of run requests are a few hundred bytes; a larger one is charged as a run with children unread. */
    static final int MAX_RUN_BODY = 16 * 1024;

    @Inject
    GatewayConfig config;

    /** Whether the cost depends on the body: a new evaluation run, whose {@code includeChildren} decides. */
    public boolean needsBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        long bytes = length == null ? 0 : Long.parseLong(length.trim()); // checked by the body limit before
        return isRun(request.method(), request.path()) && bytes > 0 && bytes <= MAX_RUN_BODY;
    }

    /** The cost; {@code body} is the request body when {@link #needsBody} said so, otherwise null. */
    public int of(HttpServerRequest request, Buffer body) {
        HttpMethod method = request.method();
        String path = request.path();
        GatewayConfig.Cost cost = config.rateLimit().cost();
        if (isRun(method, path)) {
            return body == null || includesChildren(body) ? cost.evaluationRunWithChildren() : cost.evaluationRun();
        }
        var action = RUN_ACTION.matcher(path);
        if (method == HttpMethod.GET && action.matches()) {
            return action.group(1).equals("report") ? cost.report() : cost.export();
        }
        MultiMap query;
        try {
            query = request.params();
        } catch (IllegalArgumentException malformed) {
            return cost.request(); // the service answers 400 for it
        }
        long rows = Math.max(rows(query.get("limit")), rows(query.get("size")));
        return (int) Math.max(cost.request(), Math.min(Integer.MAX_VALUE, (rows + cost.rowsPerToken() - 1) / cost.rowsPerToken()));
    }

    private static boolean isRun(HttpMethod method, String path) {
        return method == HttpMethod.POST && (path.equals(RUNS) || path.equals(RUNS + "/"));
    }

    private static boolean includesChildren(Buffer body) {
        try {
            Object value = new JsonObject(body).getValue("includeChildren");
            // Whatever the service could read as true is charged as true.
            return value != null && !Boolean.FALSE.equals(value) && !"false".equals(value);
        } catch (DecodeException | ClassCastException notAnObject) {
            return false; // the service answers 400 for it; nothing upstream runs
        }
    }

    private static long rows(String value) {
        try {
            return value == null ? 0 : Math.max(0, Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
