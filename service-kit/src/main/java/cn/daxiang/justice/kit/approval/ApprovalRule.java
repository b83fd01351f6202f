package cn.daxiang.justice.kit.approval;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import cn.daxiang.justice.kit.orgunit.OrgUnitLevel;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What one kind of request asks for and who decides it: the route (by level: the township office holding the
 * record, then the district bureau above it, as the rule says) and what the decision does to the record. A line
 * lists its rules in its {@link ApprovalCatalog}; the kit keeps the requests, their decisions and the queues.
 *
 * @param <E> the record the request is about
 */
public final class ApprovalRule<E extends AuditedRecord> {

    final Class<E> type;
    final String kind;
    private String name;
    private String legalBasis;
    private String link;
    private Function<E, List<OrgUnitLevel>> route;
    private Consumer<E> approved = e -> { };
    private Consumer<E> rejected = e -> { };
    /** Null: what a rejection does ({@link #onWithdrawn}). */
    private Consumer<E> withdrawn;
    private Consumer<E> lockFirst = e -> { };

    private ApprovalRule(Class<E> type, String kind) {
        this.type = type;
        this.kind = kind;
    }

    /** @param kind stable code, e.g. {@code LEAVE} */
    public static <E extends AuditedRecord> ApprovalRule<E> on(Class<E> type, String kind) {
        return new ApprovalRule<>(type, kind);
    }

    /** What is asked, in Chinese, e.g. 请假外出审批. */
    public ApprovalRule<E> named(String zh) {
        this.name = zh;
        return this;
    }

    /** The provision that sets who decides, e.g. 《社区矫正法实施办法》第二十七条. */
    public ApprovalRule<E> basis(String legalBasis) {
        this.legalBasis = legalBasis;
        return this;
    }

    /** The record's path with {@code {id}}. */
    public ApprovalRule<E> link(String link) {
        this.link = link;
        return this;
    }

    /** The levels that decide, in order; the township level is skipped for a record the district itself holds. */
    public ApprovalRule<E> route(Function<E, List<OrgUnitLevel>> route) {
        this.route = Objects.requireNonNull(route);
        return this;
    }

    /** What approval at the last step does to the (locked) record, in the deciding transaction. */
    public ApprovalRule<E> onApproved(Consumer<E> approved) {
        this.approved = Objects.requireNonNull(approved);
        return this;
    }

    /** What a rejection does to the (locked) record, in the deciding transaction. */
    public ApprovalRule<E> onRejected(Consumer<E> rejected) {
        this.rejected = Objects.requireNonNull(rejected);
        return this;
    }

    /**
     * What the withdrawal of an open request (by its requester, a district admin, or {@link Approvals#withdrawPending}) does
     * to the (locked) record, in the same transaction. Without it a withdrawal does what {@link #onRejected} does: a
     * request that ends undecided frees its record as a refusal would (a rule that forgot it silently left its record
     * held). Set it only where a withdrawal must differ from a rejection (e.g. the record shows {@code WITHDRAWN}).
     */
    public ApprovalRule<E> onWithdrawn(Consumer<E> withdrawn) {
        this.withdrawn = Objects.requireNonNull(withdrawn);
        return this;
    }

    /**
     * What a write of the record locks before it (e.g. its subject), so that a decision takes its locks in the order the
     * line's other writes do: that first, the record, then the request.
     */
    public ApprovalRule<E> lockFirst(Consumer<E> lockFirst) {
        this.lockFirst = Objects.requireNonNull(lockFirst);
        return this;
    }

    ApprovalRule<E> complete() {
        if (name == null || legalBasis == null || route == null || link == null || !link.contains("{id}")) {
            throw new IllegalStateException("approval rule " + kind + " needs named, basis, route and a link with {id}");
        }
        return this;
    }

    public String kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public Class<E> type() {
        return type;
    }

    String link(Object id) {
        return link.replace("{id}", String.valueOf(id));
    }

    List<OrgUnitLevel> levels(AuditedRecord record) {
        return route.apply(type.cast(record));
    }

    void approve(AuditedRecord record) {
        approved.accept(type.cast(record));
    }

    void lockFirst(AuditedRecord record) {
        lockFirst.accept(type.cast(record));
    }

    void reject(AuditedRecord record) {
        rejected.accept(type.cast(record));
    }

    void withdraw(AuditedRecord record) {
        (withdrawn != null ? withdrawn : rejected).accept(type.cast(record));
    }
}
