package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.evaluation.api.ScorecardScoreInput;
import cn.daxiang.justice.evaluation.api.ScorecardScoreView;
import cn.daxiang.justice.evaluation.service.ScorecardScoreService;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

import static cn.daxiang.justice.evaluation.rest.Answers.*;

/** Manual scores (人工评分) of the scorecards' MANUAL leaves. */
@Path("/api/v1/evaluation/scorecard-scores")
@Tag(name = "scorecard-scores", description = "人工评分 / manual scores")
@APIResponse(responseCode = "401", description = UNAUTHENTICATED)
@APIResponse(responseCode = "403", description = FORBIDDEN)
public class ScorecardScoreResource extends RecordResource<ScorecardScoreInput, ScorecardScoreView> {

    private final ScorecardScoreService service;

    ScorecardScoreResource(ScorecardScoreService service) {
        super(service);
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.EVALUATOR, Roles.DISTRICT_ADMIN, Roles.PROVINCIAL_READER, Roles.TOWNSHIP_CLERK, Roles.SERVICE})
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = INVALID_FILTER)
    public PageResult<ScorecardScoreView> list(
            @Parameter(description = ORG_UNIT) @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "Scorecard code, exact / 评分体系代码") @QueryParam("scorecard") String scorecard,
            @Parameter(description = "Periods ending on or after / 期间截止不早于", example = "2021-01-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Periods starting on or before / 期间起始不晚于", example = "2021-12-31") @QueryParam("to") LocalDate to,
            @Valid @BeanParam PageRequest page) {
        return service.list(orgUnit, scorecard, from, to, page);
    }
}
