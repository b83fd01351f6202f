package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.api.CorrectionPlanInput;
import cn.daxiang.justice.corrections.api.CorrectionPlanView;
import cn.daxiang.justice.corrections.service.CorrectionPlanService;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

/** A subject's correction plans (矫正方案): each version drawn up and listed under the subject, the current one at {@code plans/current}. */
@Path("/api/v1/corrections/subjects/{id}/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
@Tag(name = "plans", description = CorrectionPlanResource.TAG)
public class SubjectPlanResource {

    @Context
    UriInfo uri;

    @Inject
    CorrectionPlanService service;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "createCorrectionPlan", summary = "Draw up or adjust the plan / 制定或调整矫正方案",
            description = "The next version (1 for the first plan), superseding the current one; from version 2 `adjustmentReason` is "
                    + "required. Drawn up within the correction, not before the previous version.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CorrectionPlanView.class)))
    @APIResponse(responseCode = "409", description = "The correction has ended / 已解除或终止矫正")
    public RestResponse<CorrectionPlanView> create(@PathParam("id") UUID id, @Valid @NotNull CorrectionPlanInput input) {
        return Created.in(uri, CorrectionPlanResource.class, service.add(id, input));
    }

    @GET
    @Operation(operationId = "listSubjectCorrectionPlans", summary = "A subject's plans / 对象的矫正方案（各版本）")
    public PageResult<CorrectionPlanView> list(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.ofSubject(id, page);
    }

    @GET
    @Path("/current")
    @Operation(operationId = "getCurrentCorrectionPlan", summary = "The current plan / 当前矫正方案",
            description = "The latest version; 404 when no plan has been drawn up.")
    @APIResponse(responseCode = "200", description = "The current plan")
    public CorrectionPlanView current(@PathParam("id") UUID id) {
        return service.currentOf(id);
    }
}
