package cn.daxiang.justice.gateway.proxy;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.Map;

/**
 * Routes {@code /api/v1/{line}/...} to the service that owns the line, without changing the path,
 * body or status. Only these prefixes are routed: the services' own {@code /q/*} stay unreachable.
 */
@ApplicationScoped
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

    @Inject
    GatewayConfig config;

    @Inject
    Vertx vertx;

    void register(@Observes Router router) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(2_000));
        for (Map.Entry<String, URI> route : config.upstream().entrySet()) {
            URI upstream = route.getValue();
            int port = upstream.getPort() > 0 ? upstream.getPort() : 80;
            HttpProxy proxy = HttpProxy.reverseProxy(client).origin(port, upstream.getHost());
            String prefix = "/api/v1/" + route.getKey();
            router.route(prefix).handler(rc -> proxy.handle(rc.request()));
            router.route(prefix + "/*").handler(rc -> proxy.handle(rc.request()));
        }
    }

    void logRoutes(@Observes StartupEvent event) {
        config.upstream().forEach((line, url) -> LOG.infof("route /api/v1/%s/** -> %s", line, url));
    }
}
