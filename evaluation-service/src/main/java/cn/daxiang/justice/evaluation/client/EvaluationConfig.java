package cn.daxiang.justice.evaluation.client;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** The evaluation service's own settings ({@code evaluation.*} in application.properties). */
@ConfigMapping(prefix = "evaluation")
public interface EvaluationConfig {

    /** The bearer token (role "service") sent to the lines; absent, calls go out unauthenticated. */
    Optional<String> serviceToken();

    Stats stats();

    interface Stats {

        /** An outer bound only: each call has its own timeout, retries and fallback. */
        @WithDefault("PT60S")
        Duration overallTimeout();
    }
}
