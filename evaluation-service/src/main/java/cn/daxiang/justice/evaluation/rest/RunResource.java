package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.evaluation.api.RunInput;
import cn.daxiang.justice.evaluation.api.RunSummary;
import cn.daxiang.justice.evaluation.api.RunView;
import cn.daxiang.justice.evaluation.calc.ScorecardResult;
import cn.daxiang.justice.evaluation.review.ReviewView;
import cn.daxiang.justice.evaluation.review.RunReviewService;
import cn.daxiang.justice.evaluation.review.SubmissionInput;
import cn.daxiang.justice.evaluation.service.RunService;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.Problem;
import cn.daxiang.justice.kit.rest.Created;
import cn.daxiang.justice.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

import static cn.daxiang.justice.evaluation.rest.Answers.*;

/** Evaluation runs (绩效评价): computed from every line's stats, manual figures and targets, then frozen. */
@Path("/api/v1/evaluation/runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "runs", description = "绩效评价运行 / evaluation runs")
@RolesAllowed({Roles.EVALUATOR, Roles.DISTRICT_ADMIN, Roles.PROVINCIAL_READER, Roles.TOWNSHIP_CLERK, Roles.SERVICE})
@APIResponse(responseCode = "401", description = UNAUTHENTICATED)
@APIResponse(responseCode = "403", description = FORBIDDEN)
public class RunResource {

    @Inject
    RunService runs;

    @Inject
    RunReviewService reviews;

    @POST
    @RolesAllowed({Roles.EVALUATOR, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "createRun", summary = "Run an evaluation / 发起绩效评价",
            description = "Reads the three lines' stats in parallel (timeout, retry, circuit breaker, fallback), takes the "
                    + "manual figures and targets, computes every indicator and checks every rule that apply to the org unit, "
                    + "and stores the result as an immutable snapshot. A line that cannot be reached makes its indicators "
                    + "UNAVAILABLE with the reason and the run PARTIAL; run again later for a complete one.")
    @APIResponseSchema(value = RunView.class, responseCode = "201", responseDescription = "The run")
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "409", description = "The id exists already / 记录已存在",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<RunView> create(@Valid @NotNull RunInput input, @Context UriInfo uri) {
        return Created.at(uri, runs.create(input));
    }

    @GET
    @Operation(operationId = "listRuns", summary = "List runs in the caller's scope / 查询绩效评价运行")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = INVALID_FILTER)
    public PageResult<RunSummary> list(
            @Parameter(description = ORG_UNIT) @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "Year of the period / 年度", example = "2021") @QueryParam("year") Integer year,
            @Parameter(description = "COMPLETE or PARTIAL") @QueryParam("status") String status,
            @Valid @BeanParam PageRequest page) {
        return runs.list(orgUnit, year, status, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRun", summary = "Read a run / 查看绩效评价运行结果")
    @APIResponse(responseCode = "200", description = "The run")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public RunView get(@PathParam("id") UUID id) {
        return runs.get(id);
    }

    @GET
    @Path("/{id}/scorecard")
    @Operation(operationId = "getRunScorecard", summary = "Read a run's scorecard / 查看绩效评分结果",
            description = "Every leaf's score with the reason for every lost point, each dimension's subtotal, the total and the "
                    + "grade (优 ≥90, 良 80–90, 中 60–80, 差 <60), as frozen with the run; 404 when no scorecard was in force.")
    @APIResponse(responseCode = "200", description = "The scorecard")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public ScorecardResult scorecard(@PathParam("id") UUID id) {
        return runs.scorecard(id);
    }

    @POST
    @Path("/{id}/submission")
    // the evaluator submits and the district admin approves: 审定 is not one person's act (separation of duties)
    @RolesAllowed(Roles.EVALUATOR)
    @Operation(operationId = "submitRun", summary = "Send a run for review / 提交审定",
            description = "Opens (evaluator only) the request (kind EVALUATION_RUN) that the district admin decides in /api/v1/evaluation/approvals "
                    + "(APPROVE locks the run, RETURN sends it back with a reason, REJECT ends it); a returned run is sent again "
                    + "the same way. Only a COMPLETE run; 409 for a pending or an approved one.")
    @APIResponse(responseCode = "200", description = "The review")
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Pending, approved or partial / 已提交、已审定或数据不完整",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReviewView submit(@PathParam("id") UUID id, @Valid @NotNull SubmissionInput input) {
        return reviews.submit(id, input);
    }

    @GET
    @Path("/{id}/review")
    @Operation(operationId = "getRunReview", summary = "The review and lock of a run / 查看审定状态",
            description = "The state (NOT_SUBMITTED, SUBMITTED, RETURNED with the reason, APPROVED = locked, REJECTED, WITHDRAWN) and, "
                    + "for an approved run, what changed after approval («数据已在审定后变更»): manual figures, opening balances, targets, "
                    + "manual scores and spending of its org unit and period as they are now, the lines' figures as of the last check.")
    @APIResponse(responseCode = "200", description = "The review")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public ReviewView review(@PathParam("id") UUID id) {
        return reviews.get(id);
    }

    @POST
    @Path("/{id}/review/check")
    @RolesAllowed({Roles.EVALUATOR, Roles.DISTRICT_ADMIN, Roles.SERVICE})
    @Operation(operationId = "checkRunReview", summary = "Compare an approved run with the lines now / 核对审定后数据变更",
            description = "Asks the three lines again for the run's org unit and period and keeps on the review every figure that "
                    + "differs from the frozen one; a run so flagged can no longer be exported: make a new run. 409 unless approved.")
    @APIResponse(responseCode = "200", description = "The review after the check")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not approved / 未审定",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReviewView check(@PathParam("id") UUID id) {
        return reviews.check(id);
    }
}
