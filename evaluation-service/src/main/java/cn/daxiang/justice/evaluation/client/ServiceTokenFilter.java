package cn.daxiang.justice.evaluation.client;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import io.smallrye.config.SmallRyeConfig;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Adds {@code Authorization: Bearer <evaluation.service-token>} to every stats call: a token with
 * role {@code service}, configured per environment (a static value for now; see the README of the
 * module's issue). Without one the call goes out unauthenticated and the line answers 401, which
 * makes that line unavailable in the run with the reason.
 */
public class ServiceTokenFilter implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(EvaluationConfig.class).serviceToken()
                .map(String::strip)
                .filter(token -> !token.isEmpty())
                .ifPresent(token -> request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token));
    }
}
