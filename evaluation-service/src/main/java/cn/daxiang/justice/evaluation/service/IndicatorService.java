package cn.daxiang.justice.evaluation.service;

import cn.daxiang.justice.evaluation.api.DefinitionVersionView;
import cn.daxiang.justice.evaluation.api.IndicatorInput;
import cn.daxiang.justice.evaluation.api.IndicatorView;
import cn.daxiang.justice.evaluation.domain.DefinitionVersion;
import cn.daxiang.justice.evaluation.domain.Indicator;
import cn.daxiang.justice.evaluation.expression.ExpressionParser;
import cn.daxiang.justice.evaluation.mapping.DefinitionMapper;
import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.domain.Records;
import cn.daxiang.justice.kit.domain.Versioning;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.problem.FieldError;
import cn.daxiang.justice.kit.security.CallerScope;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Indicator definitions: a write makes a new version, and every version is kept. */
@ApplicationScoped
public class IndicatorService {

    static final String WHAT = "评价指标";
    static final Map<String, String> SORTABLE = Map.of("code", "code", "createdAt", "createdAt", "updatedAt", "updatedAt");

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    @Transactional
    public IndicatorView create(IndicatorInput input) {
        caller.requireWritable(input.orgUnit());
        requireExpressions(input.numerator(), input.denominator(), "numerator", "denominator");
        Records.requireNew(Indicator.class, input.id());
        if (Indicator.count("code", input.code()) > 0) {
            throw ApiException.conflict("指标代码 " + input.code() + " 已存在，请修改该指标（生成新版本）");
        }
        Indicator indicator = new Indicator();
        indicator.id = input.id();
        DefinitionMapper.apply(input, indicator);
        indicator.persist();
        audit.created(indicator);
        record(DefinitionVersion.INDICATOR, indicator.id, indicator.version, indicator.code, indicator.auditSnapshot(), caller.subject());
        return DefinitionMapper.toView(indicator);
    }

    @Transactional
    public IndicatorView update(UUID id, String ifMatch, IndicatorInput input) {
        Indicator indicator = load(id, LockModeType.PESSIMISTIC_WRITE);
        Versioning.check(indicator, Versioning.expected(ifMatch, input.version()));
        caller.requireWritable(indicator.orgUnit);
        caller.requireWritable(input.orgUnit());
        if (!indicator.code.equals(input.code())) {
            throw ApiException.invalid("code", "指标代码不可修改（运行结果按代码与版本引用指标定义）");
        }
        requireExpressions(input.numerator(), input.denominator(), "numerator", "denominator");
        audit.update(indicator, i -> DefinitionMapper.apply(input, i));
        // @PreUpdate sets updatedAt/updatedBy at flush: flush so that the answer shows them
        Indicator.flush();
        record(DefinitionVersion.INDICATOR, indicator.id, indicator.version, indicator.code, indicator.auditSnapshot(), caller.subject());
        return DefinitionMapper.toView(indicator);
    }

    public IndicatorView get(UUID id) {
        return DefinitionMapper.toView(load(id, LockModeType.NONE));
    }

    public DefinitionVersionView versions(UUID id) {
        load(id, LockModeType.NONE);
        return versionsOf(DefinitionVersion.INDICATOR, id);
    }

    public PageResult<IndicatorView> list(String code, Boolean active, PageRequest page) {
        Map<String, Object> params = DefinitionScope.parameters();
        List<String> where = new ArrayList<>(List.of(DefinitionScope.where(caller, params)));
        if (code != null && !code.isBlank()) {
            where.add("code = :code");
            params.put("code", code.strip());
        }
        if (active != null) {
            where.add("active = :active");
            params.put("active", active);
        }
        Sort sort = page.toSort(SORTABLE, Sort.ascending("code").and("id"));
        return PageResult.of(Indicator.<Indicator>find(String.join(" and ", where), sort, params), page, DefinitionMapper::toView);
    }

    private Indicator load(UUID id, LockModeType lock) {
        Indicator indicator = Indicator.<Indicator>findByIdOptional(id, lock).orElseThrow(() -> ApiException.notFound(WHAT, id));
        if (!DefinitionScope.visible(caller, indicator.orgUnit)) {
            throw ApiException.notFound(WHAT, id);
        }
        return indicator;
    }

    /** 400 naming each side that does not parse. */
    static void requireExpressions(String first, String second, String firstField, String secondField) {
        List<FieldError> errors = new ArrayList<>();
        String p1 = ExpressionParser.problem(first);
        if (p1 != null) {
            errors.add(new FieldError(firstField, p1));
        }
        String p2 = ExpressionParser.problem(second);
        if (p2 != null) {
            errors.add(new FieldError(secondField, p2));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    static void record(String kind, UUID id, long version, String code, Map<String, Object> definition, String who) {
        DefinitionVersion v = new DefinitionVersion();
        v.kind = kind;
        v.definitionId = id;
        v.version = version;
        v.code = code;
        v.definition = definition;
        v.recordedAt = Instant.now();
        v.recordedBy = who;
        v.persist();
    }

    static DefinitionVersionView versionsOf(String kind, UUID id) {
        List<DefinitionVersion> rows = DefinitionVersion.<DefinitionVersion>find("kind = ?1 and definitionId = ?2",
                Sort.ascending("version"), kind, id).list();
        return new DefinitionVersionView(rows.stream()
                .map(v -> new DefinitionVersionView.Item(v.version, v.code, v.definition, v.recordedAt, v.recordedBy)).toList());
    }
}
