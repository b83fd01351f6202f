package cn.daxiang.justice.legalaid.service;

import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.domain.Records;
import cn.daxiang.justice.kit.domain.Versioning;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.CallerScope;
import cn.daxiang.justice.legalaid.api.SubsidyRateInput;
import cn.daxiang.justice.legalaid.api.SubsidyRateView;
import cn.daxiang.justice.legalaid.domain.CaseCategory;
import cn.daxiang.justice.legalaid.domain.SubsidyPaymentCase;
import cn.daxiang.justice.legalaid.domain.SubsidyRate;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The case subsidy rate table (办案补贴标准, 法律援助法第五十二条), district records entered by a district admin; read by
 * everyone who reads cases. One rate per year, category and complexity (subsidy_rate_uk: 409). A rate that priced a
 * payment is not changed (409): the payment keeps what it was priced at, and the table stays what it was then; a
 * corrected standard is entered for the cases not yet paid by correcting a rate no payment used.
 */
@ApplicationScoped
public class SubsidyRateService {

    static final String WHAT = "办案补贴标准";

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    @Transactional
    public SubsidyRateView create(SubsidyRateInput input) {
        String orgUnit = caller.orgUnit();
        caller.requireWritable(orgUnit);
        Records.requireNew(SubsidyRate.class, input.id());
        requireUnique(input, null);
        SubsidyRate r = new SubsidyRate();
        r.id = input.id();
        r.orgUnit = orgUnit;
        apply(input, r);
        r.persist();
        audit.created(r);
        return view(r);
    }

    @Transactional
    public SubsidyRateView update(UUID id, String ifMatch, SubsidyRateInput input) {
        SubsidyRate r = load(id, LockModeType.PESSIMISTIC_WRITE);
        Versioning.check(r, Versioning.expected(ifMatch, input.version()));
        caller.requireWritable(r.orgUnit);
        if (used(r.id)) {
            throw ApiException.conflict("该补贴标准已用于补贴发放，不能修改");
        }
        requireUnique(input, r.id);
        audit.update(r, rate -> apply(input, rate));
        return view(r);
    }

    public SubsidyRateView get(UUID id) {
        return view(load(id, LockModeType.NONE));
    }

    public PageResult<SubsidyRateView> list(Integer year, CaseCategory category, PageRequest page) {
        Sort sort = Sort.descending("year").and("category").and("complexity").and("id");
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (year != null) {
            where.append(" and year = :year");
            params.put("year", year);
        }
        if (category != null) {
            where.append(" and category = :category");
            params.put("category", category);
        }
        return PageResult.of(SubsidyRate.<SubsidyRate>find(where.toString(), sort, params), page, this::view);
    }

    /** Rates are the district's and readable by every reader of cases: not scoped. */
    SubsidyRate load(UUID id, LockModeType lock) {
        return SubsidyRate.<SubsidyRate>findByIdOptional(id, lock).orElseThrow(() -> ApiException.notFound(WHAT, id));
    }

    public SubsidyRateView view(SubsidyRate r) {
        return new SubsidyRateView(r.id, r.orgUnit, r.version, r.year, r.category, r.complexity, r.amount, r.document,
                used(r.id), r.createdAt, r.updatedAt);
    }

    private static boolean used(UUID rateId) {
        return SubsidyPaymentCase.count("rateId = ?1 and active = true", rateId) > 0;
    }

    private static void requireUnique(SubsidyRateInput input, UUID self) {
        long clash = input.complexity() == null
                ? SubsidyRate.count("year = ?1 and category = ?2 and complexity is null and id <> ?3", input.year(), input.category(), self(self))
                : SubsidyRate.count("year = ?1 and category = ?2 and complexity = ?3 and id <> ?4", input.year(), input.category(),
                input.complexity(), self(self));
        if (clash > 0) {
            throw ApiException.conflict(input.year() + " 年 " + input.category() + " " + (input.complexity() == null ? "一般" : input.complexity())
                    + " 的补贴标准已存在，请修改原标准");
        }
    }

    private static UUID self(UUID self) {
        return self == null ? new UUID(0, 0) : self;
    }

    private static void apply(SubsidyRateInput input, SubsidyRate r) {
        r.year = input.year();
        r.category = input.category();
        r.complexity = input.complexity();
        r.amount = input.amount().setScale(2, RoundingMode.UNNECESSARY);
        r.document = input.document().strip();
    }
}
