package cn.daxiang.justice.kit.clock;

import cn.daxiang.justice.kit.domain.AuditedRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A period the law sets for one kind of record: when it starts, what meets it, what stops it, and the
 * provision that sets it. A line lists its rules in its {@link DeadlineCatalog}; the kit keeps every
 * record's items current on each audited write and answers the to-do list and the timeliness figures.
 *
 * @param <E> the record the period runs on
 */
public final class DeadlineRule<E extends AuditedRecord> {

    final Class<E> type;
    final String kind;
    private String name;
    private String nameEn;
    private String legalBasis;
    private String metric;
    private Period period;
    private String periodText;
    private String link;
    private Function<E, LocalDate> start = e -> null;
    private Function<E, LocalDate> met = e -> null;
    private Function<E, List<Stop>> stops = e -> List.of();
    private Function<E, LocalDate> ended = e -> null;
    private Function<E, LocalDate> extension = e -> null;
    private Function<E, Period> periodFor = e -> null;
    private Function<E, LocalDate> fixedDue = e -> null;
    private Period remindBefore;
    private int revision = 1;
    private final List<Dependant<?>> dependants = new ArrayList<>();

    private DeadlineRule(Class<E> type, String kind) {
        this.type = type;
        this.kind = kind;
    }

    /** @param kind stable code of the item, e.g. {@code APPLICATION_REVIEW} */
    public static <E extends AuditedRecord> DeadlineRule<E> on(Class<E> type, String kind) {
        return new DeadlineRule<>(type, kind);
    }

    /** What is due, in Chinese and in English, e.g. 审查法律援助申请 / Application review. */
    public DeadlineRule<E> named(String zh, String en) {
        this.name = zh;
        this.nameEn = en;
        return this;
    }

    /** The provision that sets the period, e.g. 《中华人民共和国法律援助法》第四十三条第一款. */
    public DeadlineRule<E> basis(String legalBasis, Period period) {
        this.legalBasis = legalBasis;
        this.period = period;
        return this;
    }

    /**
     * The provision, when the period is not the law's but set per record by someone the law leaves it to (e.g. a
     * committee's follow-up rule): {@code periodText} says so in the catalog, {@link #periodFor} gives each record's
     * period, and a record it gives none has no clock.
     */
    public DeadlineRule<E> basis(String legalBasis, String periodText) {
        this.legalBasis = legalBasis;
        this.periodText = periodText;
        return this;
    }

    /** The base of its timeliness metrics, e.g. {@code legalaid.applications.review}. */
    public DeadlineRule<E> metric(String metric) {
        this.metric = metric;
        return this;
    }

    /** The record's path with {@code {id}}, e.g. {@code /api/v1/legal-aid/applications/{id}}. */
    public DeadlineRule<E> link(String link) {
        this.link = link;
        return this;
    }

    /** The day the period starts (not counted); null: no clock runs for this record. */
    public DeadlineRule<E> startsOn(Function<E, LocalDate> start) {
        this.start = Objects.requireNonNull(start);
        return this;
    }

    /** The day the item was done; null: still open. */
    public DeadlineRule<E> metOn(Function<E, LocalDate> met) {
        this.met = Objects.requireNonNull(met);
        return this;
    }

    /** The times the period did not run (an open one: it is stopped now). */
    public DeadlineRule<E> stoppedDuring(Function<E, List<Stop>> stops) {
        this.stops = Objects.requireNonNull(stops);
        return this;
    }

    /**
     * The day the matter the item belongs to ended otherwise, so that it can no longer be met (e.g. the correction ended
     * while the subject was away on leave); null: it runs. An item not met, whose matter ended on or before the due date
     * the rule computes without this end, is {@code STOPPED} from that day for good: no due date, so it is neither
     * overdue nor counted due in the timeliness figures, and it is not missed. An item already past its due date when the
     * matter ended keeps its due date and stays {@code OVERDUE} (or {@code MISSED} once met late): an end after the period
     * ran out does not rewrite a past period's figures.
     */
    public DeadlineRule<E> endedOn(Function<E, LocalDate> ended) {
        this.ended = Objects.requireNonNull(ended);
        return this;
    }

    /**
     * Another period for some records of the kind (e.g. 5 working days instead of 10 under an expedited
     * procedure); null: the rule's own. The item stays one kind with one metric.
     */
    public DeadlineRule<E> periodFor(Function<E, Period> periodFor) {
        this.periodFor = Objects.requireNonNull(periodFor);
        return this;
    }

    /**
     * A due date set by a decision rather than counted (e.g. the return day of an approved leave), used instead of the
     * period when not null; with {@link #basis(String, String)} naming what sets it. It must fall after the start.
     */
    public DeadlineRule<E> dueOn(Function<E, LocalDate> fixedDue) {
        this.fixedDue = Objects.requireNonNull(fixedDue);
        return this;
    }

    /** A later due date recorded on the record (an extension the rule allows, e.g. agreed by the parties); null: none. */
    public DeadlineRule<E> extendedTo(Function<E, LocalDate> extension) {
        this.extension = Objects.requireNonNull(extension);
        return this;
    }

    /**
     * Another record the item depends on (e.g. the first follow-up visit that meets it, or the committee that sets its
     * period): each write of one, deletions included, recomputes the items of the records {@code owners} names.
     */
    public <C extends AuditedRecord> DeadlineRule<E> recomputedWith(Class<C> type, Function<C, ? extends Collection<E>> owners) {
        dependants.add(new Dependant<>(type, owners));
        return this;
    }

    /** A record type whose writes recompute some records' items. */
    record Dependant<C extends AuditedRecord>(Class<C> type, Function<C, ? extends Collection<? extends AuditedRecord>> owners) {

        Collection<? extends AuditedRecord> ownersOf(AuditedRecord record) {
            return owners.apply(type.cast(record));
        }
    }

    List<Dependant<?>> dependants() {
        return List.copyOf(dependants);
    }

    /** How long before the due date the item is {@code DUE_SOON}, when the rule says so (e.g. a month ahead). */
    public DeadlineRule<E> remindBefore(Period remindBefore) {
        this.remindBefore = remindBefore;
        return this;
    }

    /**
     * Raise it when what the functions compute changes: the kit then recomputes the items of every record of
     * the type at the next start (a changed period, provision or reminder is noticed without it).
     */
    public DeadlineRule<E> revision(int revision) {
        this.revision = revision;
        return this;
    }

    String fingerprint() {
        return kind + "|" + periodText() + "|" + legalBasis + "|" + (remindBefore == null ? "" : remindBefore.label()) + "|" + revision;
    }

    /** Refuses a rule that misses a part: a line's catalog fails at start, not at its first write. */
    DeadlineRule<E> complete() {
        if (name == null || nameEn == null || legalBasis == null || (period == null) == (periodText == null) || metric == null
                || link == null || !link.contains("{id}")) {
            throw new IllegalStateException("deadline rule " + kind + " needs named, one basis, metric and a link with {id}");
        }
        return this;
    }

    public String kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String nameEn() {
        return nameEn;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String metric() {
        return metric;
    }

    /** The law's period; null when each record's is set by someone else ({@link #basis(String, String)}). */
    public Period period() {
        return period;
    }

    /** The period as the catalog states it, e.g. 「7日」 or 「按委员会回访制度」. */
    public String periodText() {
        return period != null ? period.label() : periodText;
    }

    public Class<E> type() {
        return type;
    }

    /** An item and, when its due date is not known for lack of calendar data, the year missing. */
    record Evaluation(Deadline deadline, Integer missingYear) {
    }

    /** {@link #evaluate} of a record known to be of this rule's type. */
    Evaluation evaluateRecord(AuditedRecord record, WorkingCalendar calendar, LocalDate today, int dueSoonDays) {
        return evaluate(type.cast(record), calendar, today, dueSoonDays);
    }

    /** The record's item, read on {@code today}; null when no clock runs for it. */
    Evaluation evaluate(E record, WorkingCalendar calendar, LocalDate today, int dueSoonDays) {
        LocalDate startsOn = start.apply(record);
        if (startsOn == null) {
            return null;
        }
        Period own = periodFor.apply(record);
        Period applied = own != null ? own : period;
        LocalDate fixed = fixedDue.apply(record);
        if (applied == null && fixed == null) {
            // a period set per record, not set for this one: no clock
            return null;
        }
        List<Stop> stopped = stops.apply(record);
        LocalDate stoppedSince = stopped.stream().filter(Stop::isOpen).map(Stop::from).findFirst().orElse(null);
        LocalDate dueOn = null;
        Integer missingYear = null;
        if (stoppedSince == null) {
            try {
                dueOn = fixed != null ? fixed : applied.due(startsOn, stopped, calendar);
                LocalDate extended = extension.apply(record);
                if (extended != null && extended.isAfter(dueOn)) {
                    dueOn = extended;
                }
            } catch (CalendarYearMissingException e) {
                missingYear = e.year();
            }
        }
        LocalDate metOn = met.apply(record);
        LocalDate endedOn = metOn == null ? ended.apply(record) : null;
        if (endedOn != null && (dueOn == null || !endedOn.isAfter(dueOn))) {
            // ended before it was met and before it fell due (or while stopped, or with its due date not known):
            // stopped from that day on, never to run again; ended after the due date, it stays overdue
            stoppedSince = stoppedSince != null ? stoppedSince : endedOn;
            dueOn = null;
            missingYear = null;
        }
        LocalDate remindOn = dueOn == null ? null : remindOn(dueOn, dueSoonDays);
        DeadlineState state = DeadlineState.of(dueOn, metOn, stoppedSince != null, remindOn, today);
        String label = fixed != null ? periodText() : applied.label();
        return new Evaluation(new Deadline(kind, name, legalBasis, label, startsOn, dueOn, remindOn, metOn, stoppedSince,
                state, missingYear == null ? null : missingYear + "年节假日安排尚未录入，到期日待定"), missingYear);
    }

    private LocalDate remindOn(LocalDate dueOn, int dueSoonDays) {
        if (remindBefore instanceof Period.Months m) {
            return dueOn.minusMonths(m.months());
        }
        if (remindBefore instanceof Period.Days d) {
            return dueOn.minusDays(d.days());
        }
        return dueOn.minusDays(dueSoonDays);
    }

    String link(Object id) {
        return link.replace("{id}", String.valueOf(id));
    }
}
