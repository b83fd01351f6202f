package cn.daxiang.justice.evaluation.client;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.LocalDate;
import java.util.List;

/**
 * One guarded call per line, as the super-heroes fight service guards its calls: a timeout per
 * attempt, a few retries, a circuit breaker per line (so a line that keeps failing is left alone
 * for a while instead of slowing every run), and a fallback that reports the line unavailable with
 * the reason, never a 0 or an old answer. Values here are the production defaults; the
 * {@code quarkus.fault-tolerance.*} properties override them (the test profile shortens them).
 * A cumulative request ({@code from} null) goes through the same guard and the same breaker: it
 * is the same service, and a service that fails one kind of request is not healthy for the other.
 * With {@code children}, the one call asks for the unit grouped by child, and the answer must hold
 * every child: an answer missing one is a failure like any other.
 */
@ApplicationScoped
public class LineStatsService {

    public static final String CORRECTIONS_BREAKER = "corrections-stats";
    public static final String MEDIATION_BREAKER = "mediation-stats";
    public static final String LEGAL_AID_BREAKER = "legal-aid-stats";

    @Inject
    @RestClient
    StatsClients.Corrections corrections;

    @Inject
    @RestClient
    StatsClients.Mediation mediation;

    @Inject
    @RestClient
    StatsClients.LegalAid legalAid;

    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30000, successThreshold = 1)
    @CircuitBreakerName(CORRECTIONS_BREAKER)
    @Fallback(fallbackMethod = "correctionsUnavailable")
    public Uni<LineStats> corrections(String orgUnit, List<String> children, LocalDate from, LocalDate to) {
        return corrections.stats(text(from), to.toString(), orgUnit, groupBy(children))
                .map(answer -> LineStats.checked(Line.CORRECTIONS, answer, orgUnit, children, from, to));
    }

    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30000, successThreshold = 1)
    @CircuitBreakerName(MEDIATION_BREAKER)
    @Fallback(fallbackMethod = "mediationUnavailable")
    public Uni<LineStats> mediation(String orgUnit, List<String> children, LocalDate from, LocalDate to) {
        return mediation.stats(text(from), to.toString(), orgUnit, groupBy(children))
                .map(answer -> LineStats.checked(Line.MEDIATION, answer, orgUnit, children, from, to));
    }

    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30000, successThreshold = 1)
    @CircuitBreakerName(LEGAL_AID_BREAKER)
    @Fallback(fallbackMethod = "legalAidUnavailable")
    public Uni<LineStats> legalAid(String orgUnit, List<String> children, LocalDate from, LocalDate to) {
        return legalAid.stats(text(from), to.toString(), orgUnit, groupBy(children))
                .map(answer -> LineStats.checked(Line.LEGAL_AID, answer, orgUnit, children, from, to));
    }

    public Uni<LineStats> correctionsUnavailable(String orgUnit, List<String> children, LocalDate from, LocalDate to, Throwable failure) {
        return StatsFallback.fallback(Line.CORRECTIONS, failure);
    }

    public Uni<LineStats> mediationUnavailable(String orgUnit, List<String> children, LocalDate from, LocalDate to, Throwable failure) {
        return StatsFallback.fallback(Line.MEDIATION, failure);
    }

    public Uni<LineStats> legalAidUnavailable(String orgUnit, List<String> children, LocalDate from, LocalDate to, Throwable failure) {
        return StatsFallback.fallback(Line.LEGAL_AID, failure);
    }

    /** With children, one request answers the unit and all of them ({@code groupBy=child}). */
    private static String groupBy(List<String> children) {
        return children.isEmpty() ? null : "child";
    }

    /** A null {@code from} is left out of the query: the line then counts since its records began (累计). */
    private static String text(LocalDate from) {
        return from == null ? null : from.toString();
    }
}
