package cn.daxiang.justice.gateway.health;

import cn.daxiang.justice.gateway.config.GatewayConfig;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Reports each work line's readiness (its service's {@code /q/health/ready}) at {@code
 * /q/health/group/upstreams}, for operators and dashboards. Not a readiness check of the gateway: with
 * several gateway replicas behind one load balancer, one line down would take every replica out of
 * service and with it the lines that are up; the gateway answers that line's requests with 502/503
 * instead. Neither liveness nor readiness depends on upstreams.
 */
@HealthGroup(UpstreamsReadiness.GROUP)
@ApplicationScoped
public class UpstreamsReadiness implements HealthCheck {

    public static final String GROUP = "upstreams";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @Inject
    GatewayConfig config;

    @Override
    public HealthCheckResponse call() {
        Map<String, CompletableFuture<Boolean>> checks = new LinkedHashMap<>();
        config.upstream().forEach((line, url) -> checks.put(line, ready(url)));
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("upstreams");
        boolean all = true;
        for (var check : checks.entrySet()) {
            boolean up = check.getValue().join();
            all &= up;
            builder.withData(check.getKey(), up ? "UP" : "DOWN");
        }
        return builder.status(all).build();
    }

    private CompletableFuture<Boolean> ready(URI upstream) {
        HttpRequest request = HttpRequest.newBuilder(upstream.resolve("/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(r -> r.statusCode() == 200)
                .exceptionally(e -> false);
    }
}
