package cn.daxiang.justice.kit.clock;

import cn.daxiang.justice.kit.audit.RecordWritten;
import cn.daxiang.justice.kit.config.KitConfig;
import cn.daxiang.justice.kit.domain.AuditedRecord;
import cn.daxiang.justice.kit.stats.MetricDefinition;
import cn.daxiang.justice.kit.stats.TableStats;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Hibernate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The statutory items of a service's records: computed from its {@link DeadlineCatalog} for a record's
 * view, and kept in {@code deadline} on every audited write (same transaction) for the to-do list,
 * the timeliness figures and the overdue gauge.
 */
@ApplicationScoped
public class Deadlines {

    @Inject
    Instance<DeadlineCatalog> catalogs;

    @Inject
    WorkingCalendar calendar;

    @Inject
    KitConfig.Deadlines config;

    private List<DeadlineRule<?>> rules;
    private Map<Class<?>, List<DeadlineRule<?>>> byType;
    private Map<String, DeadlineRule<?>> byKind;
    private Map<Class<?>, List<DeadlineRule.Dependant<?>>> dependants;

    @PostConstruct
    void index() {
        rules = catalogs.stream().flatMap(c -> c.rules().stream()).map(DeadlineRule::complete).collect(Collectors.toList());
        byType = new LinkedHashMap<>();
        byKind = new LinkedHashMap<>();
        dependants = new LinkedHashMap<>();
        for (DeadlineRule<?> rule : rules) {
            rule.dependants().forEach(d -> dependants.computeIfAbsent(d.type(), t -> new ArrayList<>()).add(d));
            byType.computeIfAbsent(rule.type(), t -> new ArrayList<>()).add(rule);
            if (byKind.put(rule.kind(), rule) != null) {
                throw new IllegalStateException("two deadline rules of kind " + rule.kind());
            }
        }
    }

    public List<DeadlineRule<?>> rules() {
        return List.copyOf(rules);
    }

    /** Today where the offices are (Asia/Shanghai unless configured). */
    public LocalDate today() {
        return LocalDate.now(config.zone());
    }

    /** The day {@code instant} falls on where the offices are (e.g. the day a request was decided). */
    public LocalDate dayOf(java.time.Instant instant) {
        return LocalDate.ofInstant(instant, config.zone());
    }

    /** The record's items as its view shows them, read today. */
    public List<Deadline> of(AuditedRecord record) {
        List<Deadline> items = new ArrayList<>();
        for (DeadlineRule<?> rule : rulesOf(record)) {
            DeadlineRule.Evaluation evaluation = rule.evaluateRecord(record, calendar, today(), config.dueSoonDays());
            if (evaluation != null) {
                items.add(evaluation.deadline());
            }
        }
        return items;
    }

    /** Keeps the record's rows as its items now are: written, changed, moved or gone with it. */
    void written(@Observes RecordWritten event) {
        keep(event.record(), event.isCreation(), event.isDeletion());
        Map<UUID, AuditedRecord> owners = new LinkedHashMap<>();
        for (DeadlineRule.Dependant<?> dependant : dependants.getOrDefault(Hibernate.getClass(event.record()), List.of())) {
            for (AuditedRecord owner : dependant.ownersOf(event.record())) {
                if (owner != null) {
                    owners.putIfAbsent(owner.id, owner);
                }
            }
        }
        owners.values().forEach(owner -> keep(owner, false, false));
    }

    /**
     * Writes the record's rows from its rules ({@code created}: no row can exist yet, none is looked up;
     * {@code deleted}: its rows go).
     */
    void keep(AuditedRecord record, boolean created, boolean deleted) {
        List<DeadlineRule<?>> applicable = rulesOf(record);
        if (applicable.isEmpty()) {
            return;
        }
        String type = Hibernate.getClass(record).getSimpleName();
        EntityManager em = Panache.getEntityManager(DeadlineEntry.class);
        for (DeadlineRule<?> rule : applicable) {
            UUID id = DeadlineEntry.idOf(type, record.id, rule.kind());
            DeadlineEntry row = created ? null : em.find(DeadlineEntry.class, id);
            DeadlineRule.Evaluation evaluation = deleted ? null : rule.evaluateRecord(record, calendar, today(), config.dueSoonDays());
            if (evaluation == null) {
                if (row != null) {
                    em.remove(row);
                }
                continue;
            }
            if (row == null) {
                row = new DeadlineEntry();
                row.id = id;
                row.entityType = type;
                row.entityId = record.id;
                row.kind = rule.kind();
                row.fill(record.orgUnit, evaluation.deadline(), evaluation.missingYear());
                em.persist(row);
            } else {
                row.fill(record.orgUnit, evaluation.deadline(), evaluation.missingYear());
            }
        }
    }

    /** The record types that have rules, for the refresh. */
    Set<Class<?>> types() {
        return byType.keySet();
    }

    /** What the rows of {@code type} were computed by: its rules' kinds, periods, provisions, reminders and revisions. */
    String fingerprint(Class<?> type) {
        return byType.getOrDefault(type, List.of()).stream().map(DeadlineRule::fingerprint).collect(Collectors.joining(";"));
    }

    private List<DeadlineRule<?>> rulesOf(AuditedRecord record) {
        return byType.getOrDefault(Hibernate.getClass(record), List.of());
    }

    DeadlineRule<?> rule(String kind) {
        return byKind.get(kind);
    }

    /**
     * The timeliness figures of every rule in one pass over {@code deadline}, for the items due in the
     * period: {@code .due} all of them, {@code .onTime} done by the due date, {@code .late} done after it,
     * {@code .overdue} still open past it. A line adds this to its {@code tables()}.
     */
    public TableStats timeliness() {
        String kinds = rules.stream().map(r -> "'" + r.kind() + "'").collect(Collectors.joining(", "));
        TableStats stats = TableStats.over("deadline d", "d.org_unit")
                .where("d.kind IN (" + kinds + ") AND d.due_on BETWEEN :from AND :to");
        for (DeadlineRule<?> rule : rules) {
            String kind = "d.kind = '" + rule.kind() + "'";
            stats.count(rule.metric() + ".due", kind)
                    .count(rule.metric() + ".onTime", kind + " AND d.met_on <= d.due_on")
                    .count(rule.metric() + ".late", kind + " AND d.met_on > d.due_on")
                    .count(rule.metric() + ".overdue", kind + " AND d.met_on IS NULL AND d.due_on < current_date");
        }
        return stats;
    }

    /** The catalog entries of {@link #timeliness()}. */
    public List<MetricDefinition> metrics() {
        List<MetricDefinition> metrics = new ArrayList<>();
        for (DeadlineRule<?> rule : rules) {
            String basis = "（" + rule.legalBasis() + "，" + rule.periodText() + "）";
            metrics.add(new MetricDefinition(rule.metric() + ".due", rule.name() + "到期事项数", rule.nameEn() + ": items due",
                    "届满日在统计期内的事项" + basis + " / items whose due date is in the period"));
            metrics.add(new MetricDefinition(rule.metric() + ".onTime", rule.name() + "按期完成数", rule.nameEn() + ": done on time",
                    "同上，完成日不晚于届满日 / of those, done on or before the due date"));
            metrics.add(new MetricDefinition(rule.metric() + ".late", rule.name() + "逾期完成数", rule.nameEn() + ": done late",
                    "同上，完成日晚于届满日 / of those, done after the due date"));
            metrics.add(new MetricDefinition(rule.metric() + ".overdue", rule.name() + "逾期未完成数", rule.nameEn() + ": overdue, open",
                    "同上，尚未完成且已过届满日 / of those, still open past the due date"));
        }
        return metrics;
    }
}
