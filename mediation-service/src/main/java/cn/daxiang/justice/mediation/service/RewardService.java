package cn.daxiang.justice.mediation.service;

import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.domain.Records;
import cn.daxiang.justice.kit.domain.Versioning;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.kit.personal.PersonalDataPolicy;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.CallerScope;
import cn.daxiang.justice.mediation.api.PayoutReport;
import cn.daxiang.justice.mediation.api.RewardRateInput;
import cn.daxiang.justice.mediation.api.RewardRateView;
import cn.daxiang.justice.mediation.domain.ComplexityGrade;
import cn.daxiang.justice.mediation.domain.RewardRate;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reward rates and the yearly payout computation (以奖代补). */
@ApplicationScoped
public class RewardService {

    static final String RATE = "以奖代补标准";

    @Inject
    CallerScope caller;

    @Inject
    PersonalDataPolicy personalData;

    @Inject
    AuditLog audit;

    // ---- reward rates (district-admin writes; everyone who reads disputes reads them)

    @Transactional
    public RewardRateView createRate(RewardRateInput input) {
        String orgUnit = caller.orgUnit();
        caller.requireWritable(orgUnit);
        Records.requireNew(RewardRate.class, input.id());
        if (RewardRate.count("year = ?1 and complexityGrade = ?2", input.year(), input.complexityGrade()) > 0) {
            throw ApiException.conflict(input.year() + " 年 " + input.complexityGrade() + " 等级的奖励标准已存在，请修改原标准");
        }
        RewardRate r = new RewardRate();
        r.id = input.id();
        r.orgUnit = orgUnit;
        apply(input, r);
        r.persist();
        audit.created(r);
        return view(r);
    }

    @Transactional
    public RewardRateView updateRate(UUID id, String ifMatch, RewardRateInput input) {
        RewardRate r = RewardRate.<RewardRate>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound(RATE, id));
        Versioning.check(r, Versioning.expected(ifMatch, input.version()));
        caller.requireWritable(r.orgUnit);
        if ((r.year != input.year() || r.complexityGrade != input.complexityGrade())
                && RewardRate.count("year = ?1 and complexityGrade = ?2", input.year(), input.complexityGrade()) > 0) {
            throw ApiException.conflict(input.year() + " 年 " + input.complexityGrade() + " 等级的奖励标准已存在");
        }
        audit.update(r, rate -> apply(input, rate));
        return view(r);
    }

    private static void apply(RewardRateInput input, RewardRate r) {
        r.year = input.year();
        r.complexityGrade = input.complexityGrade();
        r.amount = input.amount().setScale(2, RoundingMode.UNNECESSARY);
    }

    public List<RewardRateView> listRates(Integer year) {
        List<RewardRate> rates = year == null
                ? RewardRate.<RewardRate>listAll(Sort.descending("year").and("complexityGrade"))
                : RewardRate.<RewardRate>list("year", Sort.ascending("complexityGrade"), year);
        return rates.stream().map(RewardService::view).toList();
    }

    static RewardRateView view(RewardRate r) {
        return new RewardRateView(r.id, r.orgUnit, r.version, r.year, r.complexityGrade, r.amount, r.createdAt, r.updatedAt);
    }

    // ---- payouts

    /** The lines the report itself carries; every line is on the paged {@code payouts/committees} and {@code payouts/mediators}. */
    static final int REPORT_LINES = PageRequest.MAX_SIZE;

    /** The dossiers archived in the year within the caller's scope, each priced at its grade's rate for that year. */
    static final String PRICED = """
            SELECT d.id, d.committee_id, d.org_unit, d.complexity_grade, r.amount IS NULL AS unrated, coalesce(r.amount, 0) AS amount
            FROM dispute d
            LEFT JOIN reward_rate r ON r.year = :year AND r.complexity_grade = d.complexity_grade
            WHERE d.org_unit LIKE :scope AND d.archived_on BETWEEN :from AND :to
            """;

    /**
     * Each dossier's reward in equal shares in cents among its mediators, over a CTE {@code priced (id, amount)} of
     * dossiers: per mediator and dossier the share, the number of mediators and the mediator's position.
     */
    static final String SHARES = """
            shares AS (
                SELECT dm.mediator_id, p.amount,
                       trunc(p.amount / count(*) OVER w, 2) AS share,
                       count(*) OVER w AS n,
                       row_number() OVER (PARTITION BY dm.dispute_id ORDER BY dm.position) AS pos
                FROM priced p JOIN dispute_mediator dm ON dm.dispute_id = p.id
                WINDOW w AS (PARTITION BY dm.dispute_id)
            )
            """;

    /** A mediator's sum over {@link #SHARES}: the cents left over from the equal shares go to the lead (first) mediator. */
    static final String SHARE_SUM = "sum(CASE WHEN s.pos = 1 THEN s.amount - s.share * (s.n - 1) ELSE s.share END)\n";

    /**
     * The dossiers archived in {@code year} within the caller's scope, each priced once at its year's rate
     * for its grade; a dossier belongs to exactly one year (its archive date) because it is archived once.
     * Counted in SQL; the committee and mediator lines hold the first {@link #REPORT_LINES}, with their totals.
     */
    public PayoutReport payouts(int year) {
        checkYear(year);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = period(RewardRate.getEntityManager().createNativeQuery("""
                SELECT d.complexity_grade, r.amount, count(*)
                FROM dispute d
                LEFT JOIN reward_rate r ON r.year = :year AND r.complexity_grade = d.complexity_grade
                WHERE d.org_unit LIKE :scope AND d.archived_on BETWEEN :from AND :to
                GROUP BY d.complexity_grade, r.amount
                """), year).getResultList();
        Map<ComplexityGrade, Object[]> byGrade = new LinkedHashMap<>();
        rows.forEach(r -> byGrade.put(ComplexityGrade.valueOf((String) r[0]), r));
        List<PayoutReport.GradeLine> grades = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        long dossiers = 0;
        long unrated = 0;
        for (ComplexityGrade g : ComplexityGrade.values()) {
            Object[] row = byGrade.get(g);
            if (row == null) {
                continue;
            }
            BigDecimal rate = row[1] == null ? null : ((BigDecimal) row[1]).setScale(2, RoundingMode.UNNECESSARY);
            long n = ((Number) row[2]).longValue();
            BigDecimal amount = rate == null ? BigDecimal.ZERO.setScale(2) : rate.multiply(BigDecimal.valueOf(n));
            grades.add(new PayoutReport.GradeLine(g, rate, n, amount));
            total = total.add(amount);
            dossiers += n;
            unrated += rate == null ? n : 0;
        }
        PageRequest first = PageRequest.of(0, REPORT_LINES, null);
        PageResult<PayoutReport.CommitteeLine> committees = committeePayouts(year, first);
        PageResult<PayoutReport.MediatorLine> mediators = mediatorPayouts(year, first);
        return new PayoutReport(year, caller.orgUnit(), dossiers, unrated, total, grades, committees.items(), mediators.items(),
                committees.totalItems(), mediators.totalItems());
    }

    /** What each committee is owed for the year, one page, by org unit and name. */
    public PageResult<PayoutReport.CommitteeLine> committeePayouts(int year, PageRequest page) {
        checkYear(year);
        int offset = page.offset();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = period(RewardRate.getEntityManager().createNativeQuery("WITH priced AS (" + PRICED + """
                )
                SELECT c.id, c.name, c.org_unit, count(*), sum(p.amount)
                FROM priced p JOIN committee c ON c.id = p.committee_id
                GROUP BY c.id, c.name, c.org_unit
                ORDER BY c.org_unit, c.name, c.id
                LIMIT :size OFFSET :offset
                """), year).setParameter("size", page.size).setParameter("offset", offset).getResultList();
        List<PayoutReport.CommitteeLine> items = rows.stream()
                .map(r -> new PayoutReport.CommitteeLine((UUID) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue(),
                        money(r[4])))
                .toList();
        long total = ((Number) period(RewardRate.getEntityManager().createNativeQuery(
                "WITH priced AS (" + PRICED + ") SELECT count(DISTINCT committee_id) FROM priced"), year).getSingleResult()).longValue();
        return new PageResult<>(items, page.page, page.size, total);
    }

    /**
     * What each mediator is owed for the year, one page, by org unit and id: each dossier's reward in equal
     * shares in cents among its mediators, the cents left over to the lead (first) mediator.
     */
    public PageResult<PayoutReport.MediatorLine> mediatorPayouts(int year, PageRequest page) {
        checkYear(year);
        int offset = page.offset();
        String shares = "WITH priced AS (" + PRICED + "), " + SHARES;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = period(RewardRate.getEntityManager().createNativeQuery(shares + """
                SELECT m.id, m.name, m.org_unit, count(*), """ + SHARE_SUM + """
                FROM shares s JOIN mediator m ON m.id = s.mediator_id
                GROUP BY m.id, m.name, m.org_unit
                ORDER BY m.org_unit, m.id
                LIMIT :size OFFSET :offset
                """), year).setParameter("size", page.size).setParameter("offset", offset).getResultList();
        // an export: the bulk disclosure (a mediator is read in clear one at a time, by id)
        Disclosure names = personalData.bulk();
        List<PayoutReport.MediatorLine> items = rows.stream()
                .map(r -> new PayoutReport.MediatorLine((UUID) r[0], names.name((String) r[1]),
                        (String) r[2], ((Number) r[3]).longValue(), money(r[4])))
                .toList();
        long total = ((Number) period(RewardRate.getEntityManager().createNativeQuery(
                shares + "SELECT count(DISTINCT mediator_id) FROM shares"), year).getSingleResult()).longValue();
        return new PageResult<>(items, page.page, page.size, total);
    }

    static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw ApiException.invalid("year", "年度应在2000至2100之间");
        }
    }

    /** Binds the year, its first and last day and the caller's scope. */
    Query period(Query query, int year) {
        return query.setParameter("year", year).setParameter("scope", caller.likePattern())
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31));
    }

    static BigDecimal money(Object sum) {
        return sum == null ? BigDecimal.ZERO.setScale(2) : ((BigDecimal) sum).setScale(2, RoundingMode.UNNECESSARY);
    }
}
