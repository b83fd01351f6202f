package cn.daxiang.justice.evaluation.service;

import cn.daxiang.justice.evaluation.api.ZeroReportInput;
import cn.daxiang.justice.evaluation.api.ZeroReportView;
import cn.daxiang.justice.evaluation.client.Line;
import cn.daxiang.justice.evaluation.domain.ZeroReport;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Zero reports (零报告): filed by an office for itself (a township clerk) or for it by the district; scoped and audited. */
@ApplicationScoped
public class ZeroReportService extends EvaluationRecordService<ZeroReport, ZeroReportInput, ZeroReportView> {

    static final Map<String, String> SORTABLE = Map.of("year", "year", "month", "month", "orgUnit", "orgUnit", "createdAt", "createdAt");

    ZeroReportService() {
        super(ZeroReport.class, "零报告", ZeroReport::new, ZeroReportService::fill, ZeroReportService::viewOf);
    }

    static void fill(ZeroReportInput in, ZeroReport z) {
        z.orgUnit = in.orgUnit();
        z.line = in.line();
        z.year = in.year();
        z.month = in.month();
        z.note = in.note() == null || in.note().isBlank() ? null : in.note().strip();
    }

    static ZeroReportView viewOf(ZeroReport z) {
        return new ZeroReportView(z.id, z.orgUnit, z.version, z.line, z.year, z.month, z.note, z.createdBy, z.createdAt,
                z.updatedBy, z.updatedAt);
    }

    public PageResult<ZeroReportView> list(String orgUnit, String line, Integer year, Integer month, PageRequest page) {
        Line wanted = line == null || line.isBlank() ? null : Line.reportedByOffices().stream().filter(l -> l.name().equals(line.strip()))
                .findFirst().orElseThrow(() -> ApiException.invalid("line", "业务条线只能是 CORRECTIONS、MEDIATION 或 LEGAL_AID"));
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("line = :line", "line", wanted)
                .and("year = :year", "year", year)
                .and("month = :month", "month", month);
        Sort sort = page.toSort(SORTABLE, Sort.descending("year").and("month", Sort.Direction.Descending).and("orgUnit").and("line").and("id"));
        return PageResult.of(find(query.where(), sort, query.parameters()), page, this::view);
    }

    @Override
    protected void check(ZeroReportInput input) {
        if (LocalDate.of(input.year(), input.month(), 1).isAfter(deadlines.today())) {
            throw ApiException.invalid("month", "不能为尚未开始的月份填报零报告");
        }
    }

    @Override
    protected void requireUnique(ZeroReportInput input, UUID self) {
        String same = "orgUnit = ?1 and line = ?2 and year = ?3 and month = ?4";
        long others = self == null ? count(same, input.orgUnit(), input.line(), input.year(), input.month())
                : count(same + " and id <> ?5", input.orgUnit(), input.line(), input.year(), input.month(), self);
        if (others > 0) {
            throw ApiException.conflict("机构 " + input.orgUnit() + " 已填报 " + input.year() + "年" + input.month() + "月"
                    + input.line().label() + "零报告");
        }
    }

    /** The zero reports of these org units for the months of the period, in one query (what a run's completeness uses). */
    public static List<ZeroReport> forPeriod(Collection<String> orgUnits, LocalDate from, LocalDate to) {
        return ZeroReport.<ZeroReport>find("orgUnit in ?1 and (year * 100 + month) between ?2 and ?3",
                Sort.ascending("orgUnit").and("line").and("year").and("month"), orgUnits,
                from.getYear() * 100 + from.getMonthValue(), to.getYear() * 100 + to.getMonthValue()).list();
    }
}
