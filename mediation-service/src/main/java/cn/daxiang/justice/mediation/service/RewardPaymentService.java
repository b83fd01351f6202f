package cn.daxiang.justice.mediation.service;

import cn.daxiang.justice.kit.approval.Approval;
import cn.daxiang.justice.kit.approval.Approvals;
import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.clock.Deadlines;
import cn.daxiang.justice.kit.domain.Records;
import cn.daxiang.justice.kit.domain.Versioning;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.kit.personal.PersonalDataPolicy;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.CallerScope;
import cn.daxiang.justice.mediation.api.RewardPaymentInput;
import cn.daxiang.justice.mediation.api.RewardPaymentPayInput;
import cn.daxiang.justice.mediation.api.RewardPaymentView;
import cn.daxiang.justice.mediation.domain.RewardPayment;
import cn.daxiang.justice.mediation.domain.RewardPaymentStatus;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reward payment batches (以奖代补发放批次): what {@link RewardService#payouts} owes for a year, frozen per dossier and per
 * mediator when the batch is drawn up, sent to approval at once (MediationApprovals.REWARD_PAYMENT), then paid. A
 * dossier is rewarded once: a batch naming a dossier that another batch (not rejected) names is refused (409), and a
 * rejected batch releases its dossiers. A batch is never edited or deleted: a wrong one is rejected and drawn up again.
 */
@ApplicationScoped
public class RewardPaymentService {

    static final String WHAT = "以奖代补发放批次";
    public static final String PAY = "PAY";

    static final Map<String, String> SORTABLE = Map.of("year", "year", "createdAt", "createdAt", "paidOn", "paidOn");

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    @Inject
    Approvals approvals;

    @Inject
    RewardService rewards;

    @Inject
    PersonalDataPolicy personalData;

    @Inject
    Deadlines deadlines;

    @Transactional
    public RewardPaymentView create(RewardPaymentInput input) {
        return view(createEntity(input), personalData.single());
    }

    /**
     * Freezes the year's dossiers of the caller's scope and their amounts into the batch, then opens its approval. Refused
     * when the year has no dossier (409), when a dossier has no rate for its grade (409: it would be frozen at 0) and when a
     * dossier is in another batch (409, naming it).
     */
    @Transactional
    public RewardPayment createEntity(RewardPaymentInput input) {
        String orgUnit = caller.orgUnit();
        caller.requireWritable(orgUnit);
        Records.requireNew(RewardPayment.class, input.id());
        int year = input.year();
        RewardService.checkYear(year);
        EntityManager em = RewardPayment.getEntityManager();
        Object[] owed = (Object[]) rewards.period(em.createNativeQuery("WITH priced AS (" + RewardService.PRICED + """
                ) SELECT count(*), count(*) FILTER (WHERE unrated),
                         (SELECT count(*) FROM priced p JOIN reward_payment_dossier x ON x.dispute_id = p.id AND x.active),
                         (SELECT min(CAST(x.payment_id AS text)) FROM priced p
                            JOIN reward_payment_dossier x ON x.dispute_id = p.id AND x.active)
                  FROM priced
                """), year).getSingleResult();
        long dossiers = ((Number) owed[0]).longValue();
        if (dossiers == 0) {
            throw ApiException.conflict(year + "年度没有归档的调解卷宗，无可发放的以奖代补");
        }
        if (((Number) owed[1]).longValue() > 0) {
            throw ApiException.conflict(year + "年度有" + owed[1] + "份卷宗的难易等级没有奖励标准，请先设置以奖代补标准");
        }
        if (((Number) owed[2]).longValue() > 0) {
            throw ApiException.conflict(owed[2] + "份卷宗已列入以奖代补发放批次 " + owed[3] + "，每份卷宗只奖励一次");
        }
        UUID id = input.id() == null ? UUID.randomUUID() : input.id();
        // the dossiers at their year's rate, then the mediators' shares of exactly those dossiers: one frozen set
        rewards.period(em.createNativeQuery("WITH priced AS (" + RewardService.PRICED + """
                ) INSERT INTO reward_payment_dossier (payment_id, dispute_id, org_unit, complexity_grade, amount, active)
                  SELECT :payment, id, org_unit, complexity_grade, amount, true FROM priced
                """), year).setParameter("payment", id).executeUpdate();
        em.createNativeQuery("WITH priced AS (SELECT dispute_id AS id, amount FROM reward_payment_dossier WHERE payment_id = :payment), "
                        + RewardService.SHARES + """
                INSERT INTO reward_payment_line (payment_id, mediator_id, org_unit, dossiers, amount)
                SELECT :payment, m.id, m.org_unit, count(*), """ + RewardService.SHARE_SUM + """
                FROM shares s JOIN mediator m ON m.id = s.mediator_id
                GROUP BY m.id, m.org_unit
                """).setParameter("payment", id).executeUpdate();
        Object[] frozen = (Object[]) em.createNativeQuery("""
                SELECT (SELECT count(*) FROM reward_payment_dossier WHERE payment_id = :payment),
                       (SELECT coalesce(sum(amount), 0) FROM reward_payment_dossier WHERE payment_id = :payment),
                       (SELECT count(*) FROM reward_payment_line WHERE payment_id = :payment)
                """).setParameter("payment", id).getSingleResult();
        RewardPayment p = new RewardPayment();
        p.id = id;
        p.orgUnit = orgUnit;
        p.year = year;
        p.documentNumber = input.documentNumber().strip();
        p.documentTitle = input.documentTitle().strip();
        p.dossiers = ((Number) frozen[0]).intValue();
        p.total = RewardService.money(frozen[1]);
        p.mediators = ((Number) frozen[2]).intValue();
        p.status = RewardPaymentStatus.SUBMITTED;
        p.persist();
        audit.created(p);
        approvals.request(MediationApprovals.REWARD_PAYMENT, p, input.reasons(), input.attachments());
        return p;
    }

    /** The approval's effect (last step approved), on the locked batch. */
    void approved(RewardPayment p) {
        audit.change("APPROVE", p, r -> r.status = RewardPaymentStatus.APPROVED);
    }

    /** A rejection: the batch stays as it was drawn up, and its dossiers may go into another batch. */
    void rejected(RewardPayment p) {
        release("REJECT", p);
    }

    /** A request withdrawn by its requester ends the batch as a rejection does (shown REJECTED), freeing its dossiers. */
    void withdrawn(RewardPayment p) {
        release("WITHDRAW", p);
    }

    private void release(String action, RewardPayment p) {
        audit.change(action, p, r -> r.status = RewardPaymentStatus.REJECTED);
        RewardPayment.getEntityManager().createNativeQuery("UPDATE reward_payment_dossier SET active = false WHERE payment_id = :payment")
                .setParameter("payment", p.id).executeUpdate();
    }

    /** Paid out (发放): once, after approval, on a day from the last dossier's archiving to today, by whom. */
    @Transactional
    public RewardPaymentView pay(UUID id, String ifMatch, RewardPaymentPayInput input) {
        RewardPayment p = load(id, LockModeType.PESSIMISTIC_WRITE);
        Versioning.check(p, Versioning.expected(ifMatch, input.version()));
        caller.requireWritable(p.orgUnit);
        if (p.status != RewardPaymentStatus.APPROVED) {
            throw ApiException.conflict("只有已批准的以奖代补发放批次可以登记发放，当前状态为 " + p.status);
        }
        // not before the last of its dossiers was archived; the approval's own timestamp is not the bound, since an office
        // may record a payment (and its approval) after the fact, as a history entered later is
        LocalDate lastArchived = (LocalDate) RewardPayment.getEntityManager().createNativeQuery("""
                SELECT max(d.archived_on) FROM reward_payment_dossier x JOIN dispute d ON d.id = x.dispute_id WHERE x.payment_id = :payment
                """).setParameter("payment", p.id).getSingleResult();
        if (input.paidOn().isBefore(lastArchived)) {
            throw ApiException.invalid("paidOn", "发放日期不能早于批次中卷宗的最晚归档日期 " + lastArchived);
        }
        if (input.paidOn().isAfter(deadlines.today())) {
            throw ApiException.invalid("paidOn", "发放日期不能晚于今天");
        }
        audit.change(PAY, p, r -> {
            r.status = RewardPaymentStatus.PAID;
            r.paidOn = input.paidOn();
            r.paidBy = input.paidBy().strip();
        });
        return view(p, personalData.single());
    }

    public PageResult<RewardPaymentView> list(String orgUnit, Integer year, RewardPaymentStatus status, PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("year = :year", "year", year)
                .and("status = :status", "status", status);
        Sort sort = page.toSort(SORTABLE, Sort.descending("createdAt").and("id", Sort.Direction.Descending));
        Disclosure disclosure = personalData.bulk();
        return PageResult.of(RewardPayment.class, query, sort, page, p -> view(p, disclosure));
    }

    public RewardPaymentView get(UUID id) {
        return view(load(id, LockModeType.NONE), personalData.single());
    }

    /** Sync deletes no batch: it is a financial record that went to approval. */
    public void refuseDelete(RewardPayment p) {
        throw ApiException.conflict("以奖代补发放批次已提交审批，不能删除");
    }

    /** A batch's org unit for sync (an upload is refused in any case): its own, else the caller's. */
    public String orgUnitOf(UUID id) {
        RewardPayment p = id == null ? null : RewardPayment.findById(id);
        return p == null ? caller.orgUnit() : p.orgUnit;
    }

    RewardPayment load(UUID id, LockModeType lock) {
        RewardPayment p = RewardPayment.getEntityManager().find(RewardPayment.class, id, lock);
        if (p == null || !caller.covers(p.orgUnit)) {
            throw ApiException.notFound(WHAT, id);
        }
        return p;
    }

    public RewardPaymentView view(RewardPayment p, Disclosure disclosure) {
        EntityManager em = RewardPayment.getEntityManager();
        @SuppressWarnings("unchecked")
        List<Object[]> lines = em.createNativeQuery("""
                SELECT l.mediator_id, m.name, l.org_unit, l.dossiers, l.amount
                FROM reward_payment_line l JOIN mediator m ON m.id = l.mediator_id
                WHERE l.payment_id = :payment ORDER BY l.org_unit, l.mediator_id
                """).setParameter("payment", p.id).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> dossiers = em.createNativeQuery("""
                SELECT dispute_id, org_unit, complexity_grade, amount FROM reward_payment_dossier
                WHERE payment_id = :payment ORDER BY org_unit, dispute_id
                """).setParameter("payment", p.id).getResultList();
        UUID approval = approvals.latest(p, MediationApprovals.REWARD_PAYMENT).map((Approval a) -> a.id).orElse(null);
        return new RewardPaymentView(p.id, p.orgUnit, p.version, p.year, p.documentNumber, p.documentTitle, p.dossiers, p.mediators,
                p.total, p.status, approval, p.paidOn, p.paidBy,
                lines.stream().map(r -> new RewardPaymentView.Line((UUID) r[0], disclosure.name((String) r[1]), (String) r[2],
                        ((Number) r[3]).intValue(), RewardService.money(r[4]))).toList(),
                dossiers.stream().map(r -> new RewardPaymentView.Dossier((UUID) r[0], (String) r[1], (String) r[2], RewardService.money(r[3]))).toList(),
                p.createdAt, p.updatedAt);
    }
}
