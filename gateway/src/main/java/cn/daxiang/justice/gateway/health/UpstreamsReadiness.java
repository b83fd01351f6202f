package cn.daxiang.justice.gateway.health;

import cn.daxiang.justice.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Reports each work line's readiness (its service's {@code /q/health/ready}); the gateway is ready
 * when every line is, as the platform is only whole then. Liveness does not depend on upstreams.
 */
@Readiness
@ApplicationScoped
public class UpstreamsReadiness implements HealthCheck {

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
