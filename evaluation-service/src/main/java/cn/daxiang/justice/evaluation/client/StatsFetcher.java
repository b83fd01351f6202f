package cn.daxiang.justice.evaluation.client;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Reads the three lines' stats in parallel; each result is an answer or an unavailable line, never an exception. */
@ApplicationScoped
public class StatsFetcher {

    @Inject
    LineStatsService lines;

    @Inject
    EvaluationConfig config;

    /** The period's figures only. */
    public Map<Line, LineStats> fetchAll(String orgUnit, LocalDate from, LocalDate to) {
        Map<Line, LineStats> result = new EnumMap<>(Line.class);
        var all = Uni.combine().all().unis(
                        guard(Line.CORRECTIONS, lines.corrections(orgUnit, from, to)),
                        guard(Line.MEDIATION, lines.mediation(orgUnit, from, to)),
                        guard(Line.LEGAL_AID, lines.legalAid(orgUnit, from, to)))
                .asTuple().await().atMost(config.stats().overallTimeout());
        result.put(Line.CORRECTIONS, all.getItem1());
        result.put(Line.MEDIATION, all.getItem2());
        result.put(Line.LEGAL_AID, all.getItem3());
        return result;
    }

    /** The period's and the cumulative figures of several org units (a run and its child runs). */
    public Map<String, FetchedStats> fetchWithCumulative(List<String> orgUnits, LocalDate from, LocalDate to) {
        Map<String, FetchedStats> result = new LinkedHashMap<>();
        orgUnits.forEach(o -> result.put(o, null));
        // the whole batch gets the outer bound once per round of units fetched together
        int concurrency = config.stats().orgUnitConcurrency();
        Duration bound = config.stats().overallTimeout().multipliedBy((orgUnits.size() + concurrency - 1) / concurrency);
        List<Map.Entry<String, FetchedStats>> answers = Multi.createFrom().iterable(orgUnits)
                .onItem().transformToUni(o -> fetch(o, from, to).map(f -> Map.entry(o, f))).merge(concurrency)
                .collect().asList().await().atMost(bound);
        answers.forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    /**
     * Per line: the period request, then, only if the line answered it, the cumulative request
     * (from left open). The three lines run in parallel.
     */
    Uni<FetchedStats> fetch(String orgUnit, LocalDate from, LocalDate to) {
        return Uni.combine().all().unis(
                        line(Line.CORRECTIONS, orgUnit, from, to, (f, t) -> lines.corrections(orgUnit, f, t)),
                        line(Line.MEDIATION, orgUnit, from, to, (f, t) -> lines.mediation(orgUnit, f, t)),
                        line(Line.LEGAL_AID, orgUnit, from, to, (f, t) -> lines.legalAid(orgUnit, f, t)))
                .asTuple().map(all -> {
                    Map<Line, LineStats> period = new EnumMap<>(Line.class);
                    Map<Line, LineStats> cumulative = new EnumMap<>(Line.class);
                    for (Both both : List.of(all.getItem1(), all.getItem2(), all.getItem3())) {
                        period.put(both.period().line(), both.period());
                        cumulative.put(both.cumulative().line(), both.cumulative());
                    }
                    return new FetchedStats(period, cumulative);
                });
    }

    private record Both(LineStats period, LineStats cumulative) {
    }

    private static Uni<Both> line(Line line, String orgUnit, LocalDate from, LocalDate to,
                                         BiFunction<LocalDate, LocalDate, Uni<LineStats>> call) {
        return guard(line, call.apply(from, to)).chain(period -> {
            if (!period.available()) {
                // a line that is down is not asked twice: its cumulative figures are unavailable for the same reason
                return Uni.createFrom().item(new Both(period, LineStats.unavailable(line, period.reason())));
            }
            return guard(line, call.apply(null, to)).map(cumulative -> new Both(period, cumulative));
        });
    }

    private static Uni<LineStats> guard(Line line, Uni<LineStats> call) {
        return call.onFailure().recoverWithItem(t -> StatsFallback.unavailable(line, t));
    }
}
