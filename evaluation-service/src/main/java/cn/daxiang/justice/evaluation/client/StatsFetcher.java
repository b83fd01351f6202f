package cn.daxiang.justice.evaluation.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** Reads the three lines' stats in parallel; each result is an answer or an unavailable line, never an exception. */
@ApplicationScoped
public class StatsFetcher {

    @Inject
    LineStatsService lines;

    /** An outer bound only: each call has its own timeout, retries and fallback. */
    @ConfigProperty(name = "evaluation.stats.overall-timeout", defaultValue = "PT60S")
    Duration overallTimeout;

    public Map<Line, LineStats> fetchAll(String orgUnit, LocalDate from, LocalDate to) {
        Map<Line, LineStats> result = new EnumMap<>(Line.class);
        var all = Uni.combine().all().unis(
                        guard(Line.CORRECTIONS, lines.corrections(orgUnit, from, to)),
                        guard(Line.MEDIATION, lines.mediation(orgUnit, from, to)),
                        guard(Line.LEGAL_AID, lines.legalAid(orgUnit, from, to)))
                .asTuple().await().atMost(overallTimeout);
        result.put(Line.CORRECTIONS, all.getItem1());
        result.put(Line.MEDIATION, all.getItem2());
        result.put(Line.LEGAL_AID, all.getItem3());
        return result;
    }

    private static Uni<LineStats> guard(Line line, Uni<LineStats> call) {
        return call.onFailure().recoverWithItem(t -> LineStats.unavailable(line,
                line.label() + "服务（" + line.service() + "）不可用：" + StatsFallback.reason(t)));
    }
}
