package cn.daxiang.justice.legalaid.service;

import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.CallerScope;
import cn.daxiang.justice.legalaid.api.SubsidyState;
import cn.daxiang.justice.legalaid.api.SubsidyView;
import cn.daxiang.justice.legalaid.domain.CaseCategory;
import cn.daxiang.justice.legalaid.domain.CaseComplexity;
import cn.daxiang.justice.legalaid.domain.CaseStatus;
import cn.daxiang.justice.legalaid.domain.LegalAidCase;
import cn.daxiang.justice.legalaid.domain.ReviewResult;
import cn.daxiang.justice.legalaid.domain.SubsidyPaymentStatus;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a closed case's provider is owed (办案补贴). 法律援助法第五十二条: the standard is the province's (the district's
 * {@code subsidy_rate} data), by the case's category and complexity, here for the year of its closing date; a complex
 * case without a rate of its own takes the general rate (complexity null). 法律援助法第五十七条 (the bureau's quality
 * standards and checks) and 第五十九条 (the centre supervises the quality of the service; article numbers from memory,
 * unconfirmed) leave what a failed check does to the subsidy to local rules, which commonly withhold or reduce it until
 * the case is put right: the share paid after a FAILED last review is configuration,
 * {@code platform.legalaid.subsidy.failed-review-share} (default 0: nothing until a later review passes). A case without
 * a review, or whose last review passed, is owed the full rate.
 * <p>
 * One SQL definition ({@link #FROM}, {@link #DUE}) serves the case's view, the due list and the line's stats.
 */
@ApplicationScoped
public class CaseSubsidies {

    /** {@code platform.legalaid.subsidy.*}: what the province's rules leave to the district. */
    @ConfigMapping(prefix = "platform.legalaid.subsidy")
    public interface Config {
        /** The share of the rate paid for a case whose last quality review FAILED, 0 to 1 (default 0: withheld). */
        @WithDefault("0")
        BigDecimal failedReviewShare();
    }

    /** The case's active payment line, if any. */
    static final String LINE = "LEFT JOIN subsidy_payment_case line ON line.case_id = c.id AND line.active";

    /**
     * A case ({@code c}) with its rate ({@code rate}: the closing year's, for its category and its complexity or else
     * the general one), its last review ({@code last_review}) and its active payment line ({@code line}).
     */
    static final String FROM = "legal_aid_case c\n" + rate("c.status = 'CLOSED'") + """
            LEFT JOIN LATERAL (
                SELECT r.result FROM case_review r WHERE r.case_id = c.id
                ORDER BY r.reviewed_on DESC, r.created_at DESC, r.id DESC LIMIT 1) last_review ON c.status = 'CLOSED'
            """ + LINE + "\nLEFT JOIN subsidy_payment payment ON payment.id = line.payment_id";

    /** The rate of case {@code c} (its closing year's, for its category and complexity, or else the general one), for the cases meeting {@code on}. */
    static String rate(String on) {
        return """
                LEFT JOIN LATERAL (
                    SELECT r.id, r.amount FROM subsidy_rate r
                    WHERE r.year = extract(YEAR FROM c.closed_on)::int AND r.category = c.category
                      AND (r.complexity IS NULL OR r.complexity = c.complexity)
                    ORDER BY r.complexity NULLS LAST LIMIT 1) rate ON %s
                """.formatted(on);
    }

    static final String WHAT = "法律援助案件";

    @Inject
    Config config;

    @Inject
    CallerScope caller;

    private BigDecimal failedShare;
    /** The share as SQL: the rate times it is what a case is owed. */
    private String shareSql;

    @PostConstruct
    void check() {
        failedShare = config.failedReviewShare();
        if (failedShare.signum() < 0 || failedShare.compareTo(BigDecimal.ONE) > 0 || failedShare.scale() > 4) {
            throw new IllegalStateException("platform.legalaid.subsidy.failed-review-share must be between 0 and 1, at most 4 decimals: "
                    + failedShare);
        }
        shareSql = "(CASE WHEN last_review.result = 'FAILED' THEN " + failedShare.toPlainString() + " ELSE 1 END)::numeric(5,4)";
    }

    /** What the case is owed: the frozen amount once in a payment, else the rate times the share (null without a rate). */
    public String dueSql() {
        return "coalesce(line.amount, round(rate.amount * " + shareSql + ", 2))";
    }

    /** The subsidy of a CLOSED case in the caller's scope (404 outside it, 409 while it is open). */
    public SubsidyView of(UUID caseId) {
        LegalAidCase c = LegalAidCase.<LegalAidCase>findByIdOptional(caseId).orElseThrow(() -> ApiException.notFound(WHAT, caseId));
        caller.requireVisible(c.orgUnit, WHAT, caseId);
        if (c.status != CaseStatus.CLOSED) {
            throw ApiException.conflict("案件当前状态为 " + c.status + "，结案后才有办案补贴");
        }
        return of(List.of(caseId)).get(caseId);
    }

    /** The subsidies of these cases (closed ones), by case id, in one statement. */
    @SuppressWarnings("unchecked")
    public Map<UUID, SubsidyView> of(Collection<UUID> caseIds) {
        Map<UUID, SubsidyView> out = new LinkedHashMap<>();
        if (caseIds.isEmpty()) {
            return out;
        }
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("SELECT c.id, c.org_unit, c.provider_id, c.category, "
                        + "c.complexity, c.closed_on, rate.id AS rate_id, rate.amount, last_review.result, " + shareSql + " AS share, "
                        + dueSql() + " AS due, line.share AS line_share, payment.id AS payment_id, payment.status AS payment_status FROM "
                        + FROM + " WHERE c.id IN (:ids) AND c.status = 'CLOSED' ORDER BY c.closed_on, c.id")
                .setParameter("ids", caseIds).getResultList();
        for (Object[] r : rows) {
            UUID paymentId = (UUID) r[12];
            ReviewResult review = r[8] == null ? null : ReviewResult.valueOf((String) r[8]);
            BigDecimal share = r[11] != null ? (BigDecimal) r[11] : (BigDecimal) r[9];
            BigDecimal due = money(r[10]);
            SubsidyState state;
            if (paymentId != null) {
                state = SubsidyPaymentStatus.PAID.name().equals(r[13]) ? SubsidyState.PAID : SubsidyState.REQUESTED;
            } else if (r[6] == null) {
                state = SubsidyState.NO_RATE;
            } else {
                state = due.signum() == 0 ? SubsidyState.WITHHELD : SubsidyState.DUE;
            }
            out.put((UUID) r[0], new SubsidyView((UUID) r[0], (String) r[1], (UUID) r[2], CaseCategory.valueOf((String) r[3]),
                    r[4] == null ? null : CaseComplexity.valueOf((String) r[4]), (LocalDate) r[5], (UUID) r[6],
                    money(r[7]), review, share.stripTrailingZeros(),
                    due, state, paymentId));
        }
        return out;
    }

    /**
     * The closed cases of the scope not yet in a payment (so still to be paid, or withheld, or without a rate), oldest
     * closing first, each with its subsidy: what a provider is owed.
     */
    public PageResult<SubsidyView> unpaid(String orgUnit, UUID providerId, LocalDate closedFrom, LocalDate closedTo, PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("status = :closed", "closed", CaseStatus.CLOSED)
                .and("providerId = :providerId", "providerId", providerId)
                .and("closedOn >= :closedFrom", "closedFrom", closedFrom)
                .and("closedOn <= :closedTo", "closedTo", closedTo)
                .andIf(true, "id not in (select l.caseId from SubsidyPaymentCase l where l.active = true)");
        Sort sort = page.toSort(Map.of("closedOn", "closedOn"), Sort.ascending("closedOn").and("id"));
        PageResult<LegalAidCase> cases = PageResult.of(LegalAidCase.class, query, sort, page, c -> c);
        Map<UUID, SubsidyView> views = of(cases.items().stream().map(c -> c.id).toList());
        return cases.map(c -> views.get(c.id));
    }

    /** Locks the cases, in id order (two payments of overlapping cases wait for each other instead of deadlocking). */
    List<LegalAidCase> lock(Collection<UUID> ids) {
        return ids.stream().sorted().map(id -> LegalAidCase.<LegalAidCase>findById(id, LockModeType.PESSIMISTIC_WRITE)).toList();
    }

    private static BigDecimal money(Object v) {
        return v == null ? null : ((BigDecimal) v).setScale(2, RoundingMode.UNNECESSARY);
    }
}
