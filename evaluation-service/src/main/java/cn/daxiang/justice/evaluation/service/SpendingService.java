package cn.daxiang.justice.evaluation.service;

import cn.daxiang.justice.evaluation.api.SpendingImportResult;
import cn.daxiang.justice.evaluation.api.SpendingInput;
import cn.daxiang.justice.evaluation.api.SpendingView;
import cn.daxiang.justice.evaluation.domain.Fund;
import cn.daxiang.justice.evaluation.domain.Spending;
import cn.daxiang.justice.evaluation.mapping.SpendingMapper;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.problem.FieldError;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Budget and expenditure (预算与支出): scoped, versioned and audited like every record; one row per year, org unit,
 * fund and project. An import stores a whole sheet in one transaction, creating or updating by that key.
 */
@ApplicationScoped
public class SpendingService extends EvaluationRecordService<Spending, SpendingInput, SpendingView> {

    static final String WHAT = "预算与支出";
    static final Map<String, String> SORTABLE = Map.of("year", "year", "fund", "fund", "projectCode", "projectCode", "createdAt", "createdAt");
    private static final String SAME_KEY = "year = ?1 and orgUnit = ?2 and fund = ?3 and ";

    SpendingService() {
        super(Spending.class, WHAT, Spending::new, SpendingMapper::apply, SpendingMapper::toView);
    }

    public PageResult<SpendingView> list(Integer year, String orgUnit, Fund fund, String projectCode, PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("year = :year", "year", year)
                .and("fund = :fund", "fund", fund)
                .and("projectCode = :projectCode", "projectCode", projectCode == null || projectCode.isBlank() ? null : projectCode.strip());
        Sort sort = page.toSort(SORTABLE, Sort.descending("year").and("orgUnit").and("fund").and("projectCode").and("id"));
        return PageResult.of(find(query.where(), sort, query.parameters()), page, this::view);
    }

    /** The rows of these org units and year (what a yearly run and its child runs use), in one query. */
    public static List<Spending> forYear(Collection<String> orgUnits, int year) {
        return Spending.<Spending>find("orgUnit in ?1 and year = ?2", Sort.ascending("orgUnit").and("fund").and("projectCode"),
                orgUnits, year).list();
    }

    /** What is wrong with an input beyond its field constraints: a project row names its project, a basic one none. */
    public static List<FieldError> problems(SpendingInput input) {
        List<FieldError> out = new ArrayList<>();
        if (input.fund() == Fund.PROJECT) {
            if (input.projectCode() == null || input.projectCode().isBlank()) {
                out.add(new FieldError("projectCode", "项目支出须填写项目代码"));
            }
            if (input.projectName() == null || input.projectName().isBlank()) {
                out.add(new FieldError("projectName", "项目支出须填写项目名称"));
            }
        } else if (input.fund() == Fund.BASIC) {
            if (blank(input.projectCode()) && blank(input.projectName()) && input.outputTarget() == null && input.outputAchieved() == null) {
                return out;
            }
            out.add(new FieldError("projectCode", "基本支出不填写项目代码、项目名称和产出"));
        }
        if (input.outputAchieved() != null && input.outputTarget() == null) {
            out.add(new FieldError("outputTarget", "填写实际产出时须填写产出目标"));
        }
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String code(SpendingInput input) {
        return blank(input.projectCode()) ? null : input.projectCode().strip();
    }

    /** The query of one key (a null project code matched with "is null"), then {@code more}. */
    private static String sameKey(String code, String more) {
        return SAME_KEY + (code == null ? "projectCode is null" : "projectCode = ?4") + more;
    }

    private static Object[] key(SpendingInput input, String code, Object... more) {
        List<Object> out = new ArrayList<>(List.of(input.year(), input.orgUnit(), input.fund()));
        if (code != null) {
            out.add(code);
        }
        out.addAll(List.of(more));
        return out.toArray();
    }

    @Override
    protected void check(SpendingInput input) {
        List<FieldError> problems = problems(input);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
    }

    /** One row per year, org unit, fund and project: 409 before {@code spending_year_org_unit_fund_project_uk} would refuse it. */
    @Override
    protected void requireUnique(SpendingInput input, UUID self) {
        String code = code(input);
        long others = self == null ? count(sameKey(code, ""), key(input, code))
                : count(sameKey(code, " and id <> ?" + (code == null ? 4 : 5)), key(input, code, self));
        if (others > 0) {
            throw ApiException.conflict("机构 " + input.orgUnit() + " " + input.year() + " 年度的" + input.fund().label()
                    + (code == null ? "" : "项目 " + code) + " 已有预算支出数据，请修改该记录");
        }
    }

    /**
     * Stores the rows of an import (already validated) in one transaction: a row whose year, org unit, fund and project
     * exist updates that record (a new version and an audit row) unless it is the same, else it is created.
     */
    @Transactional
    public SpendingImportResult importRows(List<SpendingInput> rows) {
        rows.stream().map(SpendingInput::orgUnit).distinct().forEach(caller::requireWritable);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<UUID> ids = new ArrayList<>(rows.size());
        for (SpendingInput row : rows) {
            String code = code(row);
            Spending existing = Spending.<Spending>find(sameKey(code, ""), key(row, code)).firstResult();
            if (existing == null) {
                ids.add(createEntity(row).id);
                created++;
                continue;
            }
            Spending probe = new Spending();
            SpendingMapper.apply(row, probe);
            if (probe.auditSnapshot().equals(existing.auditSnapshot())) {
                unchanged++;
            } else {
                applyUpdate(existing, row);
                updated++;
            }
            ids.add(existing.id);
        }
        return new SpendingImportResult(created, updated, unchanged, ids);
    }
}
