package cn.daxiang.justice.mediation.service;

import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.domain.Versioning;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.kit.personal.PersonalDataPolicy;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.CallerScope;
import cn.daxiang.justice.mediation.domain.ComplexityGrade;
import cn.daxiang.justice.mediation.domain.RewardRate;
import cn.daxiang.justice.mediation.domain.Screening;
import cn.daxiang.justice.mediation.rest.PayoutReport;
import cn.daxiang.justice.mediation.rest.RewardRateInput;
import cn.daxiang.justice.mediation.rest.RewardRateView;
import cn.daxiang.justice.mediation.rest.ScreeningInput;
import cn.daxiang.justice.mediation.rest.ScreeningView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Screening reports (with zero reports), reward rates and the yearly payout computation. */
@ApplicationScoped
public class ScreeningRewardService {

    static final String SCREENING = "排查报告";
    static final String RATE = "以奖代补标准";
    static final Map<String, String> SCREENING_SORTABLE = Map.of("periodStart", "periodStart", "periodEnd", "periodEnd", "createdAt", "createdAt");

    @Inject
    CallerScope caller;

    @Inject
    PersonalDataPolicy personalData;

    @Inject
    AuditLog audit;

    // ---- screenings

    @Transactional
    public ScreeningView createScreening(ScreeningInput input) {
        return view(createScreeningEntity(input));
    }

    /** The one way a screening report is filed, by the API's POST and by sync: scope, checks, audit. */
    @Transactional
    public Screening createScreeningEntity(ScreeningInput input) {
        caller.requireWritable(input.orgUnit());
        check(input);
        if (input.id() != null && Screening.findById(input.id()) != null) {
            throw ApiException.conflict("编号为 " + input.id() + " 的记录已存在");
        }
        duplicatePeriod(input, null);
        Screening s = new Screening();
        s.id = input.id();
        apply(input, s);
        s.persist();
        audit.created(s);
        return s;
    }

    @Transactional
    public ScreeningView updateScreening(UUID id, String ifMatch, ScreeningInput input) {
        Screening s = loadScreening(id, LockModeType.PESSIMISTIC_WRITE);
        Versioning.check(s, Versioning.expected(ifMatch, input.version()));
        applyScreeningUpdate(s, input);
        return view(s);
    }

    /**
     * The one way a screening report is changed, by the API's PUT and by sync, on a record the caller
     * has locked and version-checked: scope, checks, new version, audit.
     */
    @Transactional
    public void applyScreeningUpdate(Screening s, ScreeningInput input) {
        caller.requireWritable(s.orgUnit);
        caller.requireWritable(input.orgUnit());
        check(input);
        duplicatePeriod(input, s.id);
        Map<String, Object> before = s.auditSnapshot();
        apply(input, s);
        s.nextVersion();
        audit.changed(AuditLog.UPDATE, before, s);
    }

    public ScreeningView getScreening(UUID id) {
        return view(loadScreening(id, LockModeType.NONE));
    }

    public PageResult<ScreeningView> listScreenings(String orgUnit, Boolean zeroReport, LocalDate periodFrom, LocalDate periodTo,
                                                    PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("zeroReport = :zeroReport", "zeroReport", zeroReport)
                .and("periodEnd >= :periodFrom", "periodFrom", periodFrom)
                .and("periodStart <= :periodTo", "periodTo", periodTo);
        Sort sort = page.toSort(SCREENING_SORTABLE, Sort.descending("periodStart").and("orgUnit").and("id"));
        return PageResult.of(Screening.<Screening>find(query.where(), sort, query.parameters()), page, ScreeningRewardService::view);
    }

    private static void check(ScreeningInput input) {
        if (input.periodEnd().isBefore(input.periodStart())) {
            throw ApiException.invalid("periodEnd", "排查期间结束不能早于开始");
        }
        if (input.zeroReport() != null && input.zeroReport() != (input.disputesFound() == 0)) {
            throw ApiException.invalid("zeroReport", "零上报须且只须在排查发现纠纷数为0时标注");
        }
    }

    private static void duplicatePeriod(ScreeningInput input, UUID self) {
        long others = Screening.count("orgUnit = ?1 and periodStart = ?2 and periodEnd = ?3 and id <> ?4",
                input.orgUnit(), input.periodStart(), input.periodEnd(), self == null ? new UUID(0, 0) : self);
        if (others > 0) {
            throw ApiException.conflict("该机构此期间的排查报告已存在");
        }
    }

    /** The input's fields on the record (the zero-report flag follows the count). */
    public static void apply(ScreeningInput input, Screening s) {
        s.orgUnit = input.orgUnit();
        s.periodStart = input.periodStart();
        s.periodEnd = input.periodEnd();
        s.disputesFound = input.disputesFound();
        s.zeroReport = input.disputesFound() == 0;
        s.note = input.note();
    }

    public static ScreeningView view(Screening s) {
        return new ScreeningView(s.id, s.orgUnit, s.version, s.periodStart, s.periodEnd, s.disputesFound, s.zeroReport,
                s.note, s.createdAt, s.updatedAt);
    }

    private Screening loadScreening(UUID id, LockModeType lock) {
        Screening s = Screening.<Screening>findByIdOptional(id, lock).orElseThrow(() -> ApiException.notFound(SCREENING, id));
        caller.requireVisible(s.orgUnit, SCREENING, id);
        return s;
    }

    // ---- reward rates (district-admin writes; everyone who reads disputes reads them)

    @Transactional
    public RewardRateView createRate(RewardRateInput input) {
        String orgUnit = caller.orgUnit();
        caller.requireWritable(orgUnit);
        if (input.id() != null && RewardRate.findById(input.id()) != null) {
            throw ApiException.conflict("编号为 " + input.id() + " 的记录已存在");
        }
        if (RewardRate.count("year = ?1 and complexityGrade = ?2", input.year(), input.complexityGrade()) > 0) {
            throw ApiException.conflict(input.year() + " 年 " + input.complexityGrade() + " 等级的奖励标准已存在，请修改原标准");
        }
        RewardRate r = new RewardRate();
        r.id = input.id();
        r.orgUnit = orgUnit;
        r.year = input.year();
        r.complexityGrade = input.complexityGrade();
        r.amount = input.amount().setScale(2, RoundingMode.UNNECESSARY);
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
        Map<String, Object> before = r.auditSnapshot();
        r.year = input.year();
        r.complexityGrade = input.complexityGrade();
        r.amount = input.amount().setScale(2, RoundingMode.UNNECESSARY);
        r.nextVersion();
        audit.changed(AuditLog.UPDATE, before, r);
        return view(r);
    }

    public List<RewardRateView> listRates(Integer year) {
        List<RewardRate> rates = year == null
                ? RewardRate.<RewardRate>listAll(Sort.descending("year").and("complexityGrade"))
                : RewardRate.<RewardRate>list("year", Sort.ascending("complexityGrade"), year);
        return rates.stream().map(ScreeningRewardService::view).toList();
    }

    static RewardRateView view(RewardRate r) {
        return new RewardRateView(r.id, r.orgUnit, r.version, r.year, r.complexityGrade, r.amount, r.createdAt, r.updatedAt);
    }

    // ---- payouts

    /**
     * The dossiers archived in {@code year} within the caller's scope, each priced once at its year's rate
     * for its grade; a dossier belongs to exactly one year (its archive date) because it is archived once.
     */
    public PayoutReport payouts(int year) {
        if (year < 2000 || year > 2100) {
            throw ApiException.invalid("year", "年度应在2000至2100之间");
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        @SuppressWarnings("unchecked")
        List<Object[]> dossiers = RewardRate.getEntityManager().createNativeQuery("""
                SELECT d.id, d.complexity_grade, r.amount, c.id, c.name, c.org_unit
                FROM dispute d
                JOIN committee c ON c.id = d.committee_id
                LEFT JOIN reward_rate r ON r.year = :year AND r.complexity_grade = d.complexity_grade
                WHERE d.org_unit LIKE :scope AND d.archived_on BETWEEN :from AND :to
                ORDER BY d.archived_on, d.id
                """).setParameter("year", year).setParameter("scope", caller.likePattern())
                .setParameter("from", from).setParameter("to", to).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> assignments = RewardRate.getEntityManager().createNativeQuery("""
                SELECT dm.dispute_id, m.id, m.name, m.org_unit
                FROM dispute d
                JOIN dispute_mediator dm ON dm.dispute_id = d.id
                JOIN mediator m ON m.id = dm.mediator_id
                WHERE d.org_unit LIKE :scope AND d.archived_on BETWEEN :from AND :to
                ORDER BY dm.dispute_id, dm.position
                """).setParameter("scope", caller.likePattern())
                .setParameter("from", from).setParameter("to", to).getResultList();
        Map<UUID, List<Object[]>> mediatorsOf = new LinkedHashMap<>();
        for (Object[] a : assignments) {
            mediatorsOf.computeIfAbsent((UUID) a[0], k -> new ArrayList<>()).add(a);
        }
        // an export: the bulk disclosure (a mediator is read in clear one at a time, by id)
        Disclosure names = personalData.bulk();

        Map<ComplexityGrade, BigDecimal> rateOf = new LinkedHashMap<>();
        Map<ComplexityGrade, long[]> gradeCount = new LinkedHashMap<>();
        Map<UUID, Object[]> committeeInfo = new LinkedHashMap<>();
        Map<UUID, BigDecimal> committeeAmount = new LinkedHashMap<>();
        Map<UUID, Long> committeeDossiers = new LinkedHashMap<>();
        Map<UUID, String[]> mediatorInfo = new LinkedHashMap<>();
        Map<UUID, BigDecimal> mediatorAmount = new LinkedHashMap<>();
        Map<UUID, Long> mediatorDossiers = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        long unrated = 0;
        for (Object[] row : dossiers) {
            UUID disputeId = (UUID) row[0];
            ComplexityGrade grade = ComplexityGrade.valueOf((String) row[1]);
            BigDecimal rate = row[2] == null ? null : ((BigDecimal) row[2]).setScale(2, RoundingMode.UNNECESSARY);
            UUID committeeId = (UUID) row[3];
            rateOf.putIfAbsent(grade, rate);
            gradeCount.computeIfAbsent(grade, g -> new long[1])[0]++;
            committeeInfo.putIfAbsent(committeeId, new Object[]{row[4], row[5]});
            committeeDossiers.merge(committeeId, 1L, Long::sum);
            BigDecimal amount = rate == null ? BigDecimal.ZERO.setScale(2) : rate;
            if (rate == null) {
                unrated++;
            }
            committeeAmount.merge(committeeId, amount, BigDecimal::add);
            total = total.add(amount);
            List<Object[]> ms = mediatorsOf.getOrDefault(disputeId, List.of());
            if (!ms.isEmpty()) {
                // equal shares in cents; the cents left over go to the lead mediator, so the shares add up to the rate
                BigDecimal share = amount.divide(BigDecimal.valueOf(ms.size()), 2, RoundingMode.DOWN);
                BigDecimal remainder = amount.subtract(share.multiply(BigDecimal.valueOf(ms.size())));
                for (int i = 0; i < ms.size(); i++) {
                    Object[] m = ms.get(i);
                    UUID mediatorId = (UUID) m[1];
                    mediatorInfo.putIfAbsent(mediatorId, new String[]{(String) m[2], (String) m[3]});
                    mediatorDossiers.merge(mediatorId, 1L, Long::sum);
                    mediatorAmount.merge(mediatorId, i == 0 ? share.add(remainder) : share, BigDecimal::add);
                }
            }
        }
        List<PayoutReport.GradeLine> grades = new ArrayList<>();
        for (ComplexityGrade g : ComplexityGrade.values()) {
            if (gradeCount.containsKey(g)) {
                long n = gradeCount.get(g)[0];
                BigDecimal rate = rateOf.get(g);
                grades.add(new PayoutReport.GradeLine(g, rate, n,
                        rate == null ? BigDecimal.ZERO.setScale(2) : rate.multiply(BigDecimal.valueOf(n))));
            }
        }
        List<PayoutReport.CommitteeLine> committees = committeeInfo.entrySet().stream()
                .map(e -> new PayoutReport.CommitteeLine(e.getKey(), (String) e.getValue()[0], (String) e.getValue()[1],
                        committeeDossiers.get(e.getKey()), committeeAmount.get(e.getKey())))
                .sorted(Comparator.comparing(PayoutReport.CommitteeLine::orgUnit).thenComparing(PayoutReport.CommitteeLine::name))
                .toList();
        List<PayoutReport.MediatorLine> mediators = mediatorInfo.entrySet().stream()
                .map(e -> new PayoutReport.MediatorLine(e.getKey(), names.name(e.getValue()[0]),
                        e.getValue()[1], mediatorDossiers.get(e.getKey()), mediatorAmount.get(e.getKey())))
                .sorted(Comparator.comparing(PayoutReport.MediatorLine::orgUnit).thenComparing(l -> l.mediatorId().toString()))
                .toList();
        return new PayoutReport(year, caller.orgUnit(), dossiers.size(), unrated, total, grades, committees, mediators);
    }
}
