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

    Persons persons();

    /** Cross-line person figures (issue 22). */
    interface Persons {

        /**
         * The look-back of the platform's 重新犯罪率: a released person who becomes a corrections subject again within
         * this many years. Default 5, after the five years of 累犯 in 刑法第六十五条 — the platform's view only, not
         * the legal definition of 重新犯罪 (which also counts convictions the platform never sees).
         */
        @WithDefault("5")
        int reoffenceYears();

        /** Page size of the person-event reads (the kit's paging allows 200 at most). */
        @WithDefault("200")
        int pageSize();
    }

    interface Stats {

        /** An outer bound only: each call has its own timeout, retries and fallback. */
        @WithDefault("PT60S")
        Duration overallTimeout();
    }
}
