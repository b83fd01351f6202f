package cn.daxiang.justice.gateway.proxy;

import cn.daxiang.justice.gateway.config.GatewayConfig;
import cn.daxiang.justice.gateway.problem.Problems;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.Set;

/**
 * Streams a request to its upstream and the answer back, unchanged but for hop-by-hop headers.
 * Written on the Vert.x HTTP client rather than vertx-http-proxy so that an upstream that is down
 * or slow answers 502 or 504 as problem details, which the library's fixed error answers do not.
 * The client's {@code Host} is kept, so upstream {@code Location} headers point at the gateway.
 * The forwarded request is a client span of the request's trace, named to the upstream in {@code traceparent}
 * (the Vert.x client made here is not traced by Quarkus); a caller's own trace headers are replaced by it.
 */
@ApplicationScoped
public class UpstreamForwarder {

    private static final Logger LOG = Logger.getLogger(UpstreamForwarder.class);
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "proxy-connection",
            "traceparent", "tracestate");

    @Inject
    GatewayConfig config;

    @Inject
    Vertx vertx;

    @Inject
    OpenTelemetry telemetry;

    HttpClient client;
    Tracer tracer;

    @PostConstruct
    void init() {
        tracer = telemetry.getTracer("gateway");
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(64));
    }

    /** {@code body}: the request body when it was already read (to price the request), else null: streamed. */
    void forward(RoutingContext rc, URI upstream, String requestId, Buffer body) {
        HttpServerRequest request = rc.request();
        RequestOptions options = new RequestOptions()
                .setMethod(request.method())
                .setHost(upstream.getHost())
                .setPort(upstream.getPort() > 0 ? upstream.getPort() : 80)
                .setURI(request.uri())
                .setIdleTimeout(config.upstreamTimeout().toMillis());
        // the request's server span is current here (Quarkus keeps it in the request's Vert.x context)
        Span span = tracer.spanBuilder(request.method().name()).setSpanKind(SpanKind.CLIENT).setParent(Context.current())
                .setAttribute("http.request.method", request.method().name())
                .setAttribute("server.address", upstream.getHost())
                .setAttribute("server.port", (long) options.getPort())
                .startSpan();
        client.request(options).onComplete(opened -> {
            if (opened.failed()) {
                ended(span, 0, opened.cause());
                failed(rc, upstream, opened.cause());
                return;
            }
            HttpClientRequest out = opened.result();
            copyHeaders(request.headers(), out.headers());
            telemetry.getPropagators().getTextMapPropagator().inject(Context.current().with(span), out,
                    (carrier, key, value) -> carrier.putHeader(key, value));
            out.putHeader(RequestIds.HEADER, requestId);
            out.putHeader("X-Forwarded-For", request.remoteAddress().host());
            out.putHeader("X-Forwarded-Proto", request.scheme());
            boolean streamed = body == null && request.headers().contains(HttpHeaders.CONTENT_LENGTH);
            (body != null ? out.send(body) : streamed ? out.send(request) : out.send()).onComplete(answered -> {
                if (answered.failed()) {
                    ended(span, 0, answered.cause());
                    failed(rc, upstream, answered.cause());
                    return;
                }
                HttpClientResponse in = answered.result();
                ended(span, in.statusCode(), null);
                HttpServerResponse response = rc.response();
                response.setStatusCode(in.statusCode());
                response.setStatusMessage(in.statusMessage());
                copyHeaders(in.headers(), response.headers());
                response.putHeader(RequestIds.HEADER, requestId);
                response.send(in).onFailure(e -> LOG.debugf("client went away during the answer: %s", e.getMessage()));
            });
            if (!streamed && body == null) {
                request.resume();
            }
        });
    }

    private static void ended(Span span, int status, Throwable failure) {
        if (status > 0) {
            span.setAttribute("http.response.status_code", (long) status);
        }
        if (failure != null || status >= 500) {
            span.setStatus(StatusCode.ERROR, failure == null ? null : failure.getClass().getSimpleName());
        }
        span.end();
    }

    private static void copyHeaders(MultiMap from, MultiMap to) {
        from.forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase())) {
                to.add(header.getKey(), header.getValue());
            }
        });
    }

    private static void failed(RoutingContext rc, URI upstream, Throwable cause) {
        if (isTimeout(cause)) {
            LOG.warnf("upstream %s did not answer in time", upstream);
            Problems.send(rc, 504, "gateway-timeout", "上游服务响应超时", "业务服务未在规定时间内响应，请稍后重试");
        } else {
            LOG.warnf("upstream %s unreachable: %s", upstream, cause.toString());
            Problems.send(rc, 502, "bad-gateway", "上游服务不可用", "业务服务暂时无法访问，请稍后重试");
        }
    }

    private static boolean isTimeout(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof java.util.concurrent.TimeoutException
                    || t.getClass().getSimpleName().contains("Timeout") && !t.getClass().getSimpleName().contains("Connect")) {
                return true;
            }
        }
        return false;
    }
}
