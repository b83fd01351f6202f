package cn.daxiang.justice.gateway.proxy;

import io.smallrye.config.ConfigMapping;

import java.net.URI;
import java.util.Map;

/** Upstream base URL per work line, keyed by the line's path segment ({@code /api/v1/{line}}). */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    Map<String, URI> upstream();
}
