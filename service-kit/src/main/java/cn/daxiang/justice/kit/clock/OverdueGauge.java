package cn.daxiang.justice.kit.clock;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code platform_deadlines_overdue{kind}}: the open items past their due date, per kind of the
 * line. Read with one grouped count at most every 30 s, however often the registry is scraped.
 */
@Startup
@ApplicationScoped
public class OverdueGauge {

    static final Duration FRESH = Duration.ofSeconds(30);

    @Inject
    MeterRegistry registry;

    @Inject
    Deadlines deadlines;

    private Map<String, Long> counts = Map.of();
    private Instant readAt = Instant.MIN;

    @PostConstruct
    void register() {
        for (DeadlineRule<?> rule : deadlines.rules()) {
            Gauge.builder("platform.deadlines.overdue", this, g -> g.count(rule.kind()))
                    .tag("kind", rule.kind())
                    .description("Open statutory items past their due date / 逾期未完成的法定事项数")
                    .register(registry);
        }
    }

    synchronized double count(String kind) {
        if (readAt.plus(FRESH).isBefore(Instant.now())) {
            counts = QuarkusTransaction.requiringNew().call(this::read);
            readAt = Instant.now();
        }
        return counts.getOrDefault(kind, 0L);
    }

    private Map<String, Long> read() {
        List<Object[]> rows = Panache.getEntityManager(DeadlineEntry.class).createQuery(
                // orderOn is the due date where one is known (else 9999-12-31): the open items' partial index serves the range
                "select kind, count(*) from DeadlineEntry where metOn is null and stoppedSince is null and orderOn < :today group by kind",
                Object[].class).setParameter("today", deadlines.today()).getResultList();
        Map<String, Long> read = new HashMap<>();
        rows.forEach(r -> read.put((String) r[0], (Long) r[1]));
        return read;
    }
}
