package cn.daxiang.justice.evaluation.client;

import cn.daxiang.justice.evaluation.persons.PersonEventsFetcher;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Reads the three lines' stats in parallel; each result is an answer or an unavailable line, never an exception. */
@ApplicationScoped
public class StatsFetcher {

    @Inject
    LineStatsService lines;

    @Inject
    EvaluationConfig config;

    @Inject
    PersonEventsFetcher persons;

    /** The period's figures only. */
    public Map<Line, LineStats> fetchAll(String orgUnit, LocalDate from, LocalDate to) {
        Map<Line, LineStats> result = new EnumMap<>(Line.class);
        var all = Uni.combine().all().unis(
                        guard(Line.CORRECTIONS, lines.corrections(orgUnit, List.of(), from, to)),
                        guard(Line.MEDIATION, lines.mediation(orgUnit, List.of(), from, to)),
                        guard(Line.LEGAL_AID, lines.legalAid(orgUnit, List.of(), from, to)))
                .asTuple().await().atMost(config.stats().overallTimeout());
        result.put(Line.CORRECTIONS, all.getItem1());
        result.put(Line.MEDIATION, all.getItem2());
        result.put(Line.LEGAL_AID, all.getItem3());
        return result;
    }

    /**
     * The period's and the cumulative figures of an org unit and of each of its {@code children} (a run
     * and its child runs): per line at most two calls, each grouped by child, whatever the number of
     * children. Keyed by org unit, the unit first.
     */
    public Map<String, FetchedStats> fetchWithChildren(String orgUnit, List<String> children, LocalDate from, LocalDate to) {
        var all = Uni.combine().all().unis(
                        line(Line.CORRECTIONS, from, to, (f, t) -> lines.corrections(orgUnit, children, f, t)),
                        line(Line.MEDIATION, from, to, (f, t) -> lines.mediation(orgUnit, children, f, t)),
                        line(Line.LEGAL_AID, from, to, (f, t) -> lines.legalAid(orgUnit, children, f, t)),
                        persons.fetch(orgUnit, from, to))
                .asTuple().await().atMost(config.stats().overallTimeout());
        List<Both> lines = List.of(all.getItem1(), all.getItem2(), all.getItem3());
        PersonEventsFetcher.Events events = all.getItem4();
        Map<String, FetchedStats> result = new LinkedHashMap<>();
        result.put(orgUnit, fetched(lines, Function.identity(), crossLine(events, orgUnit, from, to)));
        for (String child : children) {
            result.put(child, fetched(lines, s -> s.forChild(child), crossLine(events, child, from, to)));
        }
        return result;
    }

    /**
     * The cross-line figures (issue 22) as one more source: no cumulative figures of their own, so the same stats stand
     * for both (an empty cumulative answer when available, the same reason when not).
     */
    private Both crossLine(PersonEventsFetcher.Events events, String unit, LocalDate from, LocalDate to) {
        LineStats figures = events.figures(unit, from, to, persons.years());
        return new Both(figures, figures.available()
                ? new LineStats(Line.PERSONS, true, new StatsAnswer(unit, null, to, figures.fetchedAt(), null, Map.of()), null,
                figures.fetchedAt())
                : figures);
    }

    private static FetchedStats fetched(List<Both> lines, Function<LineStats, LineStats> unit, Both crossLine) {
        Map<Line, LineStats> period = new EnumMap<>(Line.class);
        Map<Line, LineStats> cumulative = new EnumMap<>(Line.class);
        for (Both both : lines) {
            period.put(both.period().line(), unit.apply(both.period()));
            cumulative.put(both.cumulative().line(), unit.apply(both.cumulative()));
        }
        period.put(Line.PERSONS, crossLine.period());
        cumulative.put(Line.PERSONS, crossLine.cumulative());
        return new FetchedStats(period, cumulative);
    }

    private record Both(LineStats period, LineStats cumulative) {
    }

    /**
     * Per line: the period request, then, only if the line answered it, the cumulative request
     * (from left open). The three lines run in parallel.
     */
    private static Uni<Both> line(Line line, LocalDate from, LocalDate to, BiFunction<LocalDate, LocalDate, Uni<LineStats>> call) {
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
