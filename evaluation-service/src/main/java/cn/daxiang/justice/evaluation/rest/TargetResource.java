package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.evaluation.api.TargetInput;
import cn.daxiang.justice.evaluation.api.TargetView;
import cn.daxiang.justice.evaluation.service.TargetService;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static cn.daxiang.justice.evaluation.rest.Answers.*;

/** Targets set from above (省厅下达任务): one per org unit, year and metric. */
@Path("/api/v1/evaluation/targets")
@Tag(name = "targets", description = "任务指标 / targets set from above (省厅下达任务)")
@RolesAllowed({Roles.EVALUATOR, Roles.DISTRICT_ADMIN, Roles.PROVINCIAL_READER, Roles.TOWNSHIP_CLERK, Roles.SERVICE})
@APIResponse(responseCode = "401", description = UNAUTHENTICATED)
@APIResponse(responseCode = "403", description = FORBIDDEN)
public class TargetResource extends RecordResource<TargetInput, TargetView> {

    private final TargetService targets;

    TargetResource(TargetService targets) {
        super(targets);
        this.targets = targets;
    }

    @GET
    @Operation(operationId = "listTargets", summary = "List targets in the caller's scope / 查询任务指标")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = INVALID_FILTER)
    public PageResult<TargetView> list(
            @Parameter(description = "Year / 年度", example = "2021") @QueryParam("year") Integer year,
            @Parameter(description = ORG_UNIT) @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = METRIC, example = "legalaid.cases.accepted") @QueryParam("metric") String metric,
            @Valid @BeanParam PageRequest page) {
        return targets.list(year, orgUnit, metric, page);
    }
}
