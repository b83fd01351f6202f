package cn.daxiang.justice.evaluation.service;

import cn.daxiang.justice.evaluation.api.DefinitionVersionView;
import cn.daxiang.justice.evaluation.api.RuleInput;
import cn.daxiang.justice.evaluation.api.RuleView;
import cn.daxiang.justice.evaluation.domain.DefinitionVersion;
import cn.daxiang.justice.evaluation.domain.ValidationRule;
import cn.daxiang.justice.evaluation.mapping.DefinitionMapper;
import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.domain.Records;
import cn.daxiang.justice.kit.domain.Versioning;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.CallerScope;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Validation rules: a write makes a new version, and every version is kept. */
@ApplicationScoped
public class RuleService {

    static final String WHAT = "校验规则";
    static final Map<String, String> SORTABLE = Map.of("code", "code", "createdAt", "createdAt", "updatedAt", "updatedAt");

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    @Transactional
    public RuleView create(RuleInput input) {
        caller.requireWritable(input.orgUnit());
        IndicatorService.requireExpressions(input.left(), input.right(), "left", "right");
        Records.requireNew(ValidationRule.class, input.id());
        if (ValidationRule.count("code", input.code()) > 0) {
            throw ApiException.conflict("规则代码 " + input.code() + " 已存在，请修改该规则（生成新版本）");
        }
        ValidationRule rule = new ValidationRule();
        rule.id = input.id();
        DefinitionMapper.apply(input, rule);
        rule.persist();
        audit.created(rule);
        IndicatorService.record(DefinitionVersion.RULE, rule.id, rule.version, rule.code, rule.auditSnapshot(), caller.subject());
        return DefinitionMapper.toView(rule);
    }

    @Transactional
    public RuleView update(UUID id, String ifMatch, RuleInput input) {
        ValidationRule rule = load(id, LockModeType.PESSIMISTIC_WRITE);
        Versioning.check(rule, Versioning.expected(ifMatch, input.version()));
        caller.requireWritable(rule.orgUnit);
        caller.requireWritable(input.orgUnit());
        if (!rule.code.equals(input.code())) {
            throw ApiException.invalid("code", "规则代码不可修改（运行结果按代码与版本引用规则定义）");
        }
        IndicatorService.requireExpressions(input.left(), input.right(), "left", "right");
        audit.update(rule, r -> DefinitionMapper.apply(input, r));
        // @PreUpdate sets updatedAt/updatedBy at flush: flush so that the answer shows them
        ValidationRule.flush();
        IndicatorService.record(DefinitionVersion.RULE, rule.id, rule.version, rule.code, rule.auditSnapshot(), caller.subject());
        return DefinitionMapper.toView(rule);
    }

    public RuleView get(UUID id) {
        return DefinitionMapper.toView(load(id, LockModeType.NONE));
    }

    public DefinitionVersionView versions(UUID id) {
        load(id, LockModeType.NONE);
        return IndicatorService.versionsOf(DefinitionVersion.RULE, id);
    }

    public PageResult<RuleView> list(String code, Boolean active, PageRequest page) {
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
        return PageResult.of(ValidationRule.<ValidationRule>find(String.join(" and ", where), sort, params), page,
                DefinitionMapper::toView);
    }

    private ValidationRule load(UUID id, LockModeType lock) {
        ValidationRule rule = ValidationRule.<ValidationRule>findByIdOptional(id, lock).orElseThrow(() -> ApiException.notFound(WHAT, id));
        if (!DefinitionScope.visible(caller, rule.orgUnit)) {
            throw ApiException.notFound(WHAT, id);
        }
        return rule;
    }
}
