package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.api.CorrectionPlanInput;
import cn.daxiang.justice.corrections.api.CorrectionPlanView;
import cn.daxiang.justice.corrections.service.CorrectionPlanService;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.UUID;

/** Correction plans (矫正方案, 社区矫正法 第二十四条); drawn up and adjusted under their subject ({@code POST subjects/{id}/plans}). */
@Path("/api/v1/corrections/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
@Tag(name = "plans", description = CorrectionPlanResource.TAG)
public class CorrectionPlanResource {

    static final String TAG = "矫正方案（社区矫正法 第二十四条） / correction plans";

    @Inject
    CorrectionPlanService service;

    @GET
    @Operation(operationId = "listCorrectionPlans", summary = "List in the caller's scope / 查询矫正方案")
    public PageResult<CorrectionPlanView> list(
            @Parameter(description = "Org unit; includes every unit below it / 机构代码（含下级）") @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "Drawn up on or after / 制定日期起") @QueryParam("from") LocalDate from,
            @Parameter(description = "Drawn up on or before / 制定日期止") @QueryParam("to") LocalDate to,
            @Parameter(description = "Only current plans (true) or only superseded ones (false) / 是否当前方案") @QueryParam("current") Boolean current,
            @Parameter(description = "Only adjustments, version 2 on (true), or only first plans (false) / 是否调整") @QueryParam("adjusted") Boolean adjusted,
            @Valid @BeanParam PageRequest page) {
        return service.list(orgUnit, from, to, current, adjusted, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCorrectionPlan", summary = "Read one / 查看矫正方案")
    @APIResponse(responseCode = "200", description = "The record")
    public CorrectionPlanView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "updateCorrectionPlan", summary = "Correct the current plan / 修改当前矫正方案",
            description = "Send the version the change is based on in `version` or `If-Match`; a stale one answers 412. Only the current "
                    + "plan (the latest version) of a correction still running; an adjustment is a new version (POST under the subject).")
    @APIResponse(responseCode = "409", description = "A newer version exists, or the correction has ended / 已有新版本或已解除、终止矫正")
    public CorrectionPlanView update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                     @Valid @NotNull CorrectionPlanInput input) {
        return service.update(id, ifMatch, input);
    }
}
