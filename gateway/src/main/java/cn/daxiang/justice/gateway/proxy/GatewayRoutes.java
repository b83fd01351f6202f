package cn.daxiang.justice.gateway.proxy;

import cn.daxiang.justice.gateway.config.GatewayConfig;
import cn.daxiang.justice.gateway.limits.RequestCost;
import cn.daxiang.justice.gateway.limits.TokenBucketLimiter;
import cn.daxiang.justice.gateway.problem.Problems;
import cn.daxiang.justice.gateway.security.EdgeAuthentication;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.net.URI;
import java.util.Optional;

/**
 * The front door for {@code /api/v1/{line}/**}: request id, route lookup, body limit, token check,
 * rate limit, then {@link UpstreamForwarder}. Only these prefixes are routed, so the services'
 * own {@code /q/*} endpoints are never reachable through the gateway.
 */
@ApplicationScoped
public class GatewayRoutes {

    static final String PREFIX = "/api/v1/";
    private static final Logger LOG = Logger.getLogger(GatewayRoutes.class);
    private static final Logger ACCESS = Logger.getLogger("gateway.access");

    @Inject
    GatewayConfig config;

    @Inject
    EdgeAuthentication authentication;

    @Inject
    TokenBucketLimiter limiter;

    @Inject
    RequestCost cost;

    @Inject
    UpstreamForwarder forwarder;

    @Inject
    Vertx vertx;

    void register(@Observes Router router) {
        router.route(PREFIX + "*").handler(this::handle);
    }

    void logRoutes(@Observes StartupEvent event) {
        config.upstream().forEach((line, url) -> LOG.infof("route %s%s/** -> %s", PREFIX, line, url));
        config.alias().forEach((segment, line) -> LOG.infof("route %s%s/** -> %s", PREFIX, segment, config.upstream().get(line)));
    }

    void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        // Hold the body until the token is checked; the forwarder streams it on.
        request.pause();
        long started = System.nanoTime();
        String requestId = RequestIds.accept(request.getHeader(RequestIds.HEADER));
        rc.put(RequestIds.HEADER, requestId);
        // Quarkus keeps the MDC in the request's Vert.x context: every later line of this request (the forwarder's too) has it
        MDC.put(RequestIds.MDC_KEY, requestId);
        rc.response().putHeader(RequestIds.HEADER, requestId);
        rc.addEndHandler(done -> ACCESS.infof("%s %s %d %dms subject=%s requestId=%s", request.method(), request.path(),
                rc.response().getStatusCode(), (System.nanoTime() - started) / 1_000_000,
                Optional.ofNullable(rc.<String>get("subject")).orElse("-"), requestId));

        String path = request.path();
        if (!path.equals(rc.normalizedPath())) {
            Problems.send(rc, 400, "bad-request", "请求无效", "路径不能含有 . 或 .. 段");
            return;
        }
        String rest = path.substring(PREFIX.length());
        String line = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        URI upstream = config.upstream().get(config.alias().getOrDefault(line, line));
        if (upstream == null) {
            Problems.send(rc, 404, "not-found", "记录不存在", "没有 " + PREFIX + line + " 这条业务线");
            return;
        }
        if (!bodyWithinLimit(rc)) {
            return;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        vertx.executeBlocking(() -> authentication.subject(authorization), false).onComplete(checked -> {
            Optional<String> subject = checked.succeeded() ? checked.result() : Optional.empty();
            if (subject.isEmpty()) {
                // Failed attempts count against the client address, so guessing is limited too.
                if (!withinRate(rc, "address:" + request.remoteAddress().host(), 1)) {
                    return;
                }
                rc.response().putHeader("WWW-Authenticate", "Bearer");
                Problems.send(rc, 401, "unauthorized", "未认证或令牌无效", "请求需要有效的Bearer令牌");
                return;
            }
            rc.put("subject", subject.get());
            String key = "subject:" + subject.get();
            if (cost.needsBody(request)) {
                // A small JSON body (an evaluation run): read it to price the request, then send it on.
                request.body().onComplete(read -> {
                    if (read.failed()) {
                        return; // the client went away
                    }
                    if (withinRate(rc, key, cost.of(request, read.result()))) {
                        forwarder.forward(rc, upstream, requestId, read.result());
                    }
                });
                request.resume();
                return;
            }
            if (withinRate(rc, key, cost.of(request, null))) {
                forwarder.forward(rc, upstream, requestId, null);
            }
        });
    }

    private boolean bodyWithinLimit(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long bytes;
            try {
                bytes = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                Problems.send(rc, 400, "bad-request", "请求无效", "Content-Length 无效");
                return false;
            }
            if (bytes > config.maxBodyBytes()) {
                Problems.send(rc, 413, "payload-too-large", "请求体过大",
                        "请求体不能超过 " + config.maxBodyBytes() + " 字节");
                return false;
            }
        } else if (request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            // Without a declared length the limit could only be found out after reading the body.
            Problems.send(rc, 411, "length-required", "缺少请求体长度", "请求体须带 Content-Length");
            return false;
        }
        return true;
    }

    private boolean withinRate(RoutingContext rc, String key, int cost) {
        long retryAfter = limiter.acquire(key, cost);
        if (retryAfter == 0) {
            return true;
        }
        rc.response().putHeader("Retry-After", String.valueOf(retryAfter));
        Problems.send(rc, 429, "too-many-requests", "请求过于频繁", "请在 " + retryAfter + " 秒后重试");
        return false;
    }
}
