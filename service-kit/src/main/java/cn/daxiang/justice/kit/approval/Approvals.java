package cn.daxiang.justice.kit.approval;

import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.domain.AuditedRecord;
import cn.daxiang.justice.kit.domain.Versioning;
import cn.daxiang.justice.kit.orgunit.OrgUnit;
import cn.daxiang.justice.kit.orgunit.OrgUnitDirectory;
import cn.daxiang.justice.kit.orgunit.OrgUnitLevel;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.CallerScope;
import cn.daxiang.justice.kit.security.Roles;
import cn.daxiang.justice.kit.sync.SyncAdapter;
import cn.daxiang.justice.kit.sync.SyncAdapters;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.hibernate.Hibernate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Requests and decisions (审批) for every line: a line opens a request on one of its records with {@link #request};
 * approvers decide step by step along the route its {@link ApprovalRule} gives; the last approval (or any rejection)
 * applies the rule's effect to the record in the same transaction. A decided request is final; a returned one goes
 * back to its requester, who resubmits it from the first step. Everything is audited (hence in the change feed).
 */
@ApplicationScoped
public class Approvals {

    static final String WHAT = "审批申请";
    public static final String RESUBMIT = "RESUBMIT";
    public static final String WITHDRAW = "WITHDRAW";

    @Inject
    Instance<ApprovalCatalog> catalogs;

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    @Inject
    OrgUnitDirectory orgUnits;

    private Map<String, ApprovalRule<?>> byKind;

    @PostConstruct
    void index() {
        byKind = new LinkedHashMap<>();
        catalogs.stream().flatMap(c -> c.rules().stream()).map(ApprovalRule::complete).forEach(rule -> {
            if (byKind.put(rule.kind(), rule) != null) {
                throw new IllegalStateException("two approval rules of kind " + rule.kind());
            }
        });
    }

    /**
     * Opens a request of {@code kind} on the record, PENDING at the first step of its route. The caller must be able to
     * write the record; a record has at most one open (pending or returned) request of a kind: 409.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Approval request(String kind, AuditedRecord record, String reasons, List<AttachmentInput> attachments) {
        ApprovalRule<?> rule = rule(kind);
        caller.requireWritable(record.orgUnit);
        if (open(record, kind).isPresent()) {
            throw ApiException.conflict("该记录已有未办结的" + rule.name());
        }
        Approval a = new Approval();
        a.id = UUID.randomUUID();
        a.orgUnit = record.orgUnit;
        a.kind = kind;
        a.recordType = typeOf(record);
        a.recordId = record.id;
        a.reasons = reasons.strip();
        a.attachments = attachments == null ? new ArrayList<>() : new ArrayList<>(attachments.stream().map(AttachmentInput::toRef).toList());
        a.round = 1;
        route(a, rule, record);
        a.persist();
        audit.created(a);
        return a;
    }

    /** The line's {@code approvals} sync resource: its change feed; an upload is refused (requests come from actions). */
    public SyncAdapter<Approval, ApprovalSyncInput> syncAdapter() {
        return SyncAdapters.feedOnly("approvals", Approval.class, ApprovalSyncInput.class, "审批申请随业务记录产生，通过审批接口办理，不能上传",
                        id -> Approval.<Approval>findByIdOptional(id).map(a -> a.orgUnit).orElse(caller.orgUnit()))
                .plainView(this::view).build();
    }

    /**
     * Records moved to another org unit take their requests with them (kit Moves): each request moves, audited; a pending
     * one takes its route again from the first step, so the new office (and its district) decides it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void follow(Collection<? extends AuditedRecord> records, String orgUnit) {
        if (byKind.isEmpty()) {
            return; // a line without approvals has none to move
        }
        Map<String, Map<UUID, AuditedRecord>> byType = new LinkedHashMap<>();
        records.forEach(r -> byType.computeIfAbsent(typeOf(r), t -> new LinkedHashMap<>()).put(r.id, r));
        for (Map.Entry<String, Map<UUID, AuditedRecord>> type : byType.entrySet()) {
            List<Approval> moving = Approval.<Approval>find("recordType = ?1 and recordId in ?2 and orgUnit <> ?3",
                    type.getKey(), type.getValue().keySet(), orgUnit).withLock(LockModeType.PESSIMISTIC_WRITE).list();
            for (Approval a : moving) {
                audit.change(AuditLog.MOVE, a, r -> {
                    r.orgUnit = orgUnit;
                    if (r.state == ApprovalState.PENDING) {
                        route(r, rule(r.kind), type.getValue().get(r.recordId));
                    }
                });
            }
        }
    }

    /** The record's open (pending or returned) request of that kind, if any. */
    public Optional<Approval> open(AuditedRecord record, String kind) {
        return Approval.<Approval>find("recordType = ?1 and recordId = ?2 and kind = ?3 and state in ?4",
                typeOf(record), record.id, kind, List.of(ApprovalState.PENDING, ApprovalState.RETURNED)).firstResultOptional();
    }

    /**
     * The ids of the latest request of that kind of each of the records of {@code type} named, in one query (a list page's
     * or a feed page's records, not one lookup per row); a record without a request is absent.
     */
    public Map<UUID, UUID> latestIds(Class<? extends AuditedRecord> type, Collection<UUID> recordIds, String kind) {
        if (recordIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, UUID> ids = new LinkedHashMap<>();
        Panache.getEntityManager(Approval.class).createQuery("select a.recordId, a.id from Approval a where a.recordType = :type"
                        + " and a.recordId in :ids and a.kind = :kind order by a.createdAt desc, a.id desc", Object[].class)
                .setParameter("type", type.getSimpleName()).setParameter("ids", recordIds).setParameter("kind", kind)
                .getResultList().forEach(row -> ids.putIfAbsent((UUID) row[0], (UUID) row[1]));
        return ids;
    }

    /** The record's latest request of that kind, if any. */
    public Optional<Approval> latest(AuditedRecord record, String kind) {
        return Approval.<Approval>find("recordType = ?1 and recordId = ?2 and kind = ?3",
                Sort.descending("createdAt").and("id", Sort.Direction.Descending), typeOf(record), record.id, kind).firstResultOptional();
    }

    @Transactional
    public ApprovalView decide(UUID id, String ifMatch, DecisionInput input) {
        Approval a = lockAfterRecord(id);
        Versioning.check(a, Versioning.expected(ifMatch, input.version()));
        if (a.state != ApprovalState.PENDING) {
            throw ApiException.conflict("审批申请当前状态为 " + a.state + "，不能再作出审批意见");
        }
        if (!caller.hasRole(a.awaitingRole) || !a.awaitingOrgUnit.equals(caller.orgUnitOrNull())) {
            throw ApiException.forbidden("本环节由 " + orgName(a.awaitingOrgUnit) + "（" + a.awaitingRole + "）审批");
        }
        ApprovalRule<?> rule = rule(a.kind);
        audit.change(input.outcome().name(), a, r -> {
            r.decisions.add(decision(r, input));
            switch (input.outcome()) {
                case APPROVE -> {
                    if (r.step + 1 < r.route.size()) {
                        awaiting(r, r.step + 1);
                    } else {
                        close(r, ApprovalState.APPROVED);
                    }
                }
                case REJECT -> close(r, ApprovalState.REJECTED);
                case RETURN -> {
                    r.state = ApprovalState.RETURNED;
                    r.awaitingOrgUnit = null;
                    r.awaitingRole = null;
                }
            }
        });
        if (a.state == ApprovalState.APPROVED) {
            rule.approve(lockedRecord(a, rule));
        } else if (a.state == ApprovalState.REJECTED) {
            rule.reject(lockedRecord(a, rule));
        }
        return view(a);
    }

    @Transactional
    public ApprovalView resubmit(UUID id, String ifMatch, ResubmitInput input) {
        Approval a = lockAfterRecord(id);
        Versioning.check(a, Versioning.expected(ifMatch, input.version()));
        caller.requireWritable(a.orgUnit);
        if (a.state != ApprovalState.RETURNED) {
            throw ApiException.conflict("只有退回补充的审批申请可以重新提交，当前状态为 " + a.state);
        }
        ApprovalRule<?> rule = rule(a.kind);
        AuditedRecord record = lockedRecord(a, rule);
        audit.change(RESUBMIT, a, r -> {
            r.reasons = input.reasons().strip();
            if (input.attachments() != null) {
                r.attachments = new ArrayList<>(input.attachments().stream().map(AttachmentInput::toRef).toList());
            }
            r.round++;
            // the route as the rule gives it now (a move while returned took the request elsewhere)
            route(r, rule, record);
        });
        return view(a);
    }

    /**
     * 撤回: a PENDING request withdrawn by the one who made it, or by a district admin of its scope (403 for anyone else,
     * 409 once it is returned, decided or withdrawn); the rule's {@code onWithdrawn} applies to the locked record in the
     * same transaction. Audited, hence in the feed.
     */
    @Transactional
    public ApprovalView withdraw(UUID id, String ifMatch, WithdrawalInput input) {
        Approval a = lockAfterRecord(id);
        Versioning.check(a, Versioning.expected(ifMatch, input.version()));
        if (!caller.subject().equals(a.createdBy) && !caller.hasRole(Roles.DISTRICT_ADMIN)) {
            throw ApiException.forbidden("只有申请人或区司法局可以撤回审批申请");
        }
        if (a.state != ApprovalState.PENDING) {
            throw ApiException.conflict("只有待审批的申请可以撤回，当前状态为 " + a.state);
        }
        withdrawLocked(a, input.reason() == null || input.reason().isBlank() ? null : input.reason().strip());
        return view(a);
    }

    /**
     * Withdraws every open (pending or returned) request on the named records of {@code type}, whatever its kind, because
     * the matter they belong to is over (e.g. the correction ended): each becomes {@code WITHDRAWN} with {@code reason},
     * withdrawn by the caller whose action ended it, audited ({@code WITHDRAW}), and its rule's {@code onWithdrawn} applies
     * to the record, in the caller's transaction. Locks as a decision does (what the rule locks first, the record, the
     * request); a request decided meanwhile is left as it is. No check of who may withdraw: the ending action was checked.
     *
     * @return the requests withdrawn
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Approval> withdrawPending(Class<? extends AuditedRecord> type, Collection<UUID> recordIds, String reason) {
        if (recordIds.isEmpty() || byKind.isEmpty()) {
            return List.of();
        }
        List<UUID> open = Panache.getEntityManager(Approval.class).createQuery("select a.id from Approval a where a.recordType = :type"
                        + " and a.recordId in :ids and a.state in :open order by a.createdAt, a.id", UUID.class)
                .setParameter("type", type.getSimpleName()).setParameter("ids", recordIds)
                .setParameter("open", List.of(ApprovalState.PENDING, ApprovalState.RETURNED)).getResultList();
        List<Approval> withdrawn = new ArrayList<>();
        for (UUID id : open) {
            Approval a = Panache.getEntityManager(Approval.class).find(Approval.class, id);
            lockedRecord(a, rule(a.kind));
            Panache.getEntityManager(Approval.class).refresh(a, LockModeType.PESSIMISTIC_WRITE);
            if (a.state == ApprovalState.PENDING || a.state == ApprovalState.RETURNED) {
                withdrawLocked(a, reason);
                withdrawn.add(a);
            }
        }
        return withdrawn;
    }

    /** Closes the (locked) request as WITHDRAWN by the caller, audited, and applies its rule's effect to the record. */
    private void withdrawLocked(Approval a, String reason) {
        ApprovalRule<?> rule = rule(a.kind);
        audit.change(WITHDRAW, a, r -> {
            close(r, ApprovalState.WITHDRAWN);
            r.withdrawnBy = caller.subject();
            r.withdrawalReason = reason;
        });
        rule.withdraw(lockedRecord(a, rule));
    }

    public PageResult<ApprovalView> list(ApprovalFilter filter, PageRequest page) {
        if (filter.kind != null && !byKind.containsKey(filter.kind)) {
            throw ApiException.invalid("kind", "未知的审批事项代码，可选：" + String.join(", ", byKind.keySet()));
        }
        ListQuery query = ListQuery.inScope(caller, filter.orgUnit)
                .and("state = :state", "state", filter.state)
                .and("kind = :kind", "kind", filter.kind);
        if (Boolean.TRUE.equals(filter.awaitingMe)) {
            query.and("awaitingOrgUnit = :me", "me", caller.orgUnit())
                    .and("awaitingRole in :roles", "roles", List.of(Roles.TOWNSHIP_CLERK, Roles.DISTRICT_ADMIN).stream()
                            .filter(caller::hasRole).toList());
        }
        Sort sort = page.toSort(Map.of("requestedAt", "createdAt"), Sort.ascending("createdAt").and("id"));
        return PageResult.of(Approval.class, query, sort, page, this::view);
    }

    public ApprovalView get(UUID id) {
        return view(load(id, LockModeType.NONE));
    }

    public ApprovalView view(Approval a) {
        // a kind a release dropped still lists, under its code
        ApprovalRule<?> rule = byKind.get(a.kind);
        return new ApprovalView(a.id, a.orgUnit, a.version, a.kind, rule == null ? a.kind : rule.name(),
                rule == null ? null : rule.legalBasis(), a.recordType, a.recordId, rule == null ? null : rule.link(a.recordId), a.reasons, List.copyOf(a.attachments), List.copyOf(a.route), a.step, a.round, a.state,
                a.awaitingOrgUnit, a.awaitingRole, a.decidedAt, a.withdrawnBy, a.withdrawalReason, a.decisions.stream().map(ApprovalView.DecisionView::of).toList(),
                a.createdBy, a.createdAt, a.updatedAt);
    }

    /** The request if the caller sees it (its record's org unit in scope); 404 alike otherwise. */
    Approval load(UUID id, LockModeType lock) {
        Approval a = Panache.getEntityManager(Approval.class).find(Approval.class, id, lock);
        if (a == null || !caller.covers(a.orgUnit)) {
            throw ApiException.notFound(WHAT, id);
        }
        return a;
    }

    private ApprovalRule<?> rule(String kind) {
        ApprovalRule<?> rule = byKind.get(kind);
        if (rule == null) {
            throw new IllegalStateException("no approval rule of kind " + kind);
        }
        return rule;
    }

    /**
     * The request, locked in the order every other write takes: what the rule locks first (a subject), the record, then
     * the request (a move locks a subject, its records, then their requests). Visible to the caller or 404.
     */
    private Approval lockAfterRecord(UUID id) {
        Approval a = load(id, LockModeType.NONE);
        lockedRecord(a, rule(a.kind));
        Panache.getEntityManager(Approval.class).refresh(a, LockModeType.PESSIMISTIC_WRITE);
        return a;
    }

    /** The record the request is about, locked (after what its rule locks first): its effect applies under that lock. */
    private AuditedRecord lockedRecord(Approval a, ApprovalRule<?> rule) {
        AuditedRecord record = Panache.getEntityManager(rule.type()).find(rule.type(), a.recordId);
        if (record == null) {
            throw new IllegalStateException("approval " + a.id + ": its " + a.recordType + " " + a.recordId + " is gone");
        }
        rule.lockFirst(record);
        Panache.getEntityManager(rule.type()).lock(record, LockModeType.PESSIMISTIC_WRITE);
        return record;
    }

    /** Takes the route from the rule, from the first step. */
    private void route(Approval a, ApprovalRule<?> rule, AuditedRecord record) {
        List<ApprovalStep> steps = new ArrayList<>();
        for (OrgUnitLevel level : rule.levels(record)) {
            ancestor(record.orgUnit, level).map(unit -> new ApprovalStep(level, roleAt(level), unit.code()))
                    .filter(step -> !steps.contains(step)).ifPresent(steps::add);
        }
        if (steps.isEmpty()) {
            // a township step on a record the district itself holds: the district decides
            ancestor(record.orgUnit, OrgUnitLevel.DISTRICT).ifPresent(d -> steps.add(new ApprovalStep(OrgUnitLevel.DISTRICT, Roles.DISTRICT_ADMIN, d.code())));
        }
        if (steps.isEmpty()) {
            throw new IllegalStateException("approval " + a.kind + ": no unit of the route above " + record.orgUnit + " in the org-unit data");
        }
        a.route = steps;
        a.state = ApprovalState.PENDING;
        awaiting(a, 0);
    }

    private static void awaiting(Approval a, int step) {
        a.step = step;
        a.awaitingOrgUnit = a.route.get(step).orgUnit();
        a.awaitingRole = a.route.get(step).role();
    }

    private static void close(Approval a, ApprovalState state) {
        a.state = state;
        a.awaitingOrgUnit = null;
        a.awaitingRole = null;
        a.decidedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private ApprovalDecision decision(Approval a, DecisionInput input) {
        ApprovalDecision d = new ApprovalDecision();
        d.id = UUID.randomUUID();
        d.approval = a;
        d.round = a.round;
        d.step = a.step;
        d.outcome = input.outcome();
        d.opinion = input.opinion().strip();
        d.decidedBy = caller.subject();
        d.deciderOrgUnit = caller.orgUnit();
        d.decidedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return d;
    }

    /** The unit at that level holding {@code code}: itself or the nearest one above it. */
    private Optional<OrgUnit> ancestor(String code, OrgUnitLevel level) {
        Optional<OrgUnit> unit = orgUnits.find(code);
        while (unit.isPresent() && unit.get().level() != level) {
            unit = orgUnits.find(unit.get().parent());
        }
        return unit;
    }

    private static String roleAt(OrgUnitLevel level) {
        return level == OrgUnitLevel.DISTRICT ? Roles.DISTRICT_ADMIN : Roles.TOWNSHIP_CLERK;
    }

    private String orgName(String code) {
        return orgUnits.find(code).map(OrgUnit::name).orElse(code);
    }

    private static String typeOf(AuditedRecord record) {
        return Hibernate.getClass(record).getSimpleName();
    }
}
