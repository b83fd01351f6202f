package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.api.LeaveRequestInput;
import cn.daxiang.justice.corrections.api.LeaveRequestView;
import cn.daxiang.justice.corrections.service.LeaveService;
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

/** A subject's leave requests (请假外出): recorded here, each with its approval opened at once. */
@Path("/api/v1/corrections/subjects/{id}/leave-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
@Tag(name = "leave-requests", description = "请假外出（审批、销假） / leave requests, their approval and the return report")
public class SubjectLeaveResource {

    @Context
    UriInfo uri;

    @Inject
    LeaveService service;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "createLeaveRequest", summary = "Record a leave request / 登记请假外出申请",
            description = "Opens its approval (kind LEAVE) at once: up to 7 days the township office decides, longer the office "
                    + "reviews and the district bureau decides; at most 30 days per request.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = LeaveRequestView.class)))
    @APIResponse(responseCode = "409", description = "Another leave in the same days / 期间重叠")
    public RestResponse<LeaveRequestView> create(@PathParam("id") UUID id, @Valid @NotNull LeaveRequestInput input) {
        return Created.in(uri, LeaveRequestResource.class, service.add(id, input));
    }

    @GET
    @Operation(operationId = "listLeaveRequests", summary = "A subject's leave requests / 请假外出记录")
    public PageResult<LeaveRequestView> list(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.list(id, page);
    }
}
