package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.evaluation.api.RankingView;
import cn.daxiang.justice.evaluation.api.TrendView;
import cn.daxiang.justice.evaluation.service.ComparisonService;
import cn.daxiang.justice.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Comparisons (排名与趋势) computed from frozen runs only: reproducible, no call to any line. */
@Path("/api/v1/evaluation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "comparisons", description = "排名与趋势 / rankings and trends")
@RolesAllowed({Roles.EVALUATOR, Roles.DISTRICT_ADMIN, Roles.PROVINCIAL_READER, Roles.TOWNSHIP_CLERK, Roles.SERVICE})
@APIResponse(responseCode = "400", description = "Missing or invalid parameter, unknown indicator or org unit / 参数不合规")
@APIResponse(responseCode = "401", description = Answers.UNAUTHENTICATED)
@APIResponse(responseCode = "403", description = "Role not allowed, or the org unit is outside the caller's scope / 无权限")
public class ComparisonResource {

    @Inject
    ComparisonService comparisons;

    @GET
    @Path("/rankings")
    @Operation(operationId = "getRanking", summary = "Rank the child org units by one indicator / 下级机构排名",
            description = "For every direct child of `parent` in the org-unit reference data: the latest frozen run for exactly "
                    + "the period (a year, or a quarter or month of it) and its value of the indicator. Sorted by value in the "
                    + "indicator's direction (HIGHER_IS_BETTER and NEUTRAL descending, LOWER_IS_BETTER ascending); equal values "
                    + "share a rank and the next rank skips (1, 2, 2, 4). Units without a run (NO_RUN) or without a value "
                    + "(UNAVAILABLE, NO_DATA) follow, with the reason. A township clerk may rank only below its own unit.")
    @APIResponse(responseCode = "200", description = "The ranking")
    public RankingView ranking(
            @Parameter(description = "Indicator code / 指标代码", example = "MEDIATION_SUCCESS_RATE", required = true)
            @QueryParam("indicator") String indicator,
            @Parameter(description = "The org unit whose direct children are ranked / 上级机构代码", example = "430503000000", required = true)
            @QueryParam("parent") String parent,
            @Parameter(description = "Year / 年度", example = "2021", required = true) @QueryParam("year") String year,
            @Parameter(description = "Quarter 1-4 (optional; not with month) / 季度", example = "1") @QueryParam("quarter") String quarter,
            @Parameter(description = "Month 1-12 (optional; not with quarter) / 月份", example = "6") @QueryParam("month") String month) {
        return comparisons.ranking(indicator, parent, year, quarter, month);
    }

    @GET
    @Path("/trends")
    @Operation(operationId = "getTrend", summary = "One indicator of one org unit over several years / 年度趋势",
            description = "Per year from fromYear to toYear (at most " + ComparisonService.MAX_TREND_YEARS + " years): the value in "
                    + "the latest frozen yearly run (1 January to 31 December) of the org unit, or NO_RUN for a year without one.")
    @APIResponse(responseCode = "200", description = "The trend")
    public TrendView trend(
            @Parameter(description = "Indicator code / 指标代码", example = "MEDIATION_SUCCESS_RATE", required = true)
            @QueryParam("indicator") String indicator,
            @Parameter(description = "Org unit / 机构代码", example = "430503000000", required = true) @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "First year / 起始年度", example = "2017", required = true) @QueryParam("fromYear") String fromYear,
            @Parameter(description = "Last year / 截止年度", example = "2021", required = true) @QueryParam("toYear") String toYear) {
        return comparisons.trend(indicator, orgUnit, fromYear, toYear);
    }
}
