package cn.daxiang.justice.evaluation.persons;

import cn.daxiang.justice.evaluation.client.EvaluationConfig;
import cn.daxiang.justice.evaluation.client.Line;
import cn.daxiang.justice.evaluation.client.LineStats;
import cn.daxiang.justice.evaluation.client.StatsAnswer;
import cn.daxiang.justice.evaluation.client.StatsFallback;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the person events of the corrections and legal-aid lines for a run (with the service token, every page, from
 * the look-back before the period to its end) and turns them into the cross-line figures of the {@link Line#PERSONS}
 * source. A line that fails makes the figures unavailable, with the reason, never 0.
 */
@ApplicationScoped
public class PersonEventsFetcher {

    private static final Logger LOG = Logger.getLogger(PersonEventsFetcher.class);
    /** Per page. */
    static final Duration PAGE_TIMEOUT = Duration.ofSeconds(10);
    /**
     * A guard against a line that never stops paging: 1,000 pages (200,000 events of the default page size). Reaching it
     * with more to come makes the figures unavailable, never a count of what was read so far.
     */
    static final int MAX_PAGES = 1000;

    @Inject
    @RestClient
    PersonClients.CorrectionsEvents corrections;

    @Inject
    @RestClient
    PersonClients.LegalAidEvents legalAid;

    @Inject
    EvaluationConfig config;

    /** The events of both lines, or why they could not be had. */
    public record Events(List<PersonEvent> events, String reason, Instant fetchedAt) {

        public boolean available() {
            return reason == null;
        }

        /** The cross-line figures of one org unit (the run's or a child's) as a line's stats. */
        public LineStats figures(String orgUnit, LocalDate from, LocalDate to, int years) {
            if (!available()) {
                return LineStats.unavailable(Line.PERSONS, reason);
            }
            Map<String, java.math.BigDecimal> metrics = CrossLineFigures.compute(events, orgUnit, from, to, years);
            return new LineStats(Line.PERSONS, true, new StatsAnswer(orgUnit, from, to, fetchedAt, null, metrics), null, fetchedAt);
        }
    }

    public int years() {
        return config.persons().reoffenceYears();
    }

    public Uni<Events> fetch(String orgUnit, LocalDate from, LocalDate to) {
        String start = CrossLineFigures.windowStart(from, years()).toString();
        String end = to.toString();
        int size = config.persons().pageSize();
        Uni<List<PersonEvent>> c = all(Line.CORRECTIONS, (page, cursor) -> corrections.events(orgUnit, start, end, page, size, cursor));
        Uni<List<PersonEvent>> l = all(Line.LEGAL_AID, (page, cursor) -> legalAid.events(orgUnit, start, end, page, size, cursor));
        return Uni.combine().all().unis(c, l).asTuple()
                .map(t -> {
                    List<PersonEvent> events = new ArrayList<>(t.getItem1());
                    events.addAll(t.getItem2());
                    return new Events(events, null, Instant.now());
                })
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("person events unavailable: %s", String.valueOf(failure));
                    return new Events(List.of(), reason(failure), Instant.now());
                });
    }

    interface PageCall {
        Uni<PersonEventPage> call(Integer page, String cursor);
    }

    /** Every page, by cursor where the line gives one, else by page number. */
    private static Uni<List<PersonEvent>> all(Line line, PageCall call) {
        return all(line, call, MAX_PAGES);
    }

    static Uni<List<PersonEvent>> all(Line line, PageCall call, int maxPages) {
        List<PersonEvent> events = new ArrayList<>();
        return next(line, call, 0, null, events, maxPages);
    }

    private static Uni<List<PersonEvent>> next(Line line, PageCall call, int page, String cursor, List<PersonEvent> events,
                                               int maxPages) {
        return call.call(cursor == null ? page : null, cursor).ifNoItem().after(PAGE_TIMEOUT).fail()
                .onFailure().transform(f -> new LineFailure(line, f))
                .chain(answer -> {
                    List<PersonEvent> items = answer.items() == null ? List.of() : answer.items();
                    events.addAll(items);
                    boolean more = answer.nextCursor() != null
                            || (!items.isEmpty() && (long) (page + 1) * Math.max(answer.size(), 1) < answer.totalItems());
                    if (!more) {
                        return Uni.createFrom().item(events);
                    }
                    if (page + 1 >= maxPages) {
                        return Uni.createFrom().failure(new LineFailure(line, new TooManyPages(maxPages)));
                    }
                    return next(line, call, page + 1, answer.nextCursor(), events, maxPages);
                });
    }

    /** A failure of one line's events, to name the line in the reason. */
    static final class LineFailure extends RuntimeException {
        final Line line;

        LineFailure(Line line, Throwable cause) {
            super(cause.getMessage(), cause, false, false);
            this.line = line;
        }
    }

    /** More pages than the guard allows: what was read is not all. */
    static final class TooManyPages extends RuntimeException {
        TooManyPages(int pages) {
            super("超过" + pages + "页仍未读完，数据不完整", null, false, false);
        }
    }

    static String reason(Throwable failure) {
        Function<Line, String> named = line -> line.label() + "服务（" + line.service() + "）的人员事件不可用：";
        if (failure instanceof LineFailure f && f.getCause() instanceof TooManyPages) {
            return named.apply(f.line) + f.getCause().getMessage();
        }
        if (failure instanceof LineFailure f) {
            return named.apply(f.line) + StatsFallback.reason(f.getCause());
        }
        return "跨业务线人员事件不可用：" + StatsFallback.reason(failure);
    }
}
