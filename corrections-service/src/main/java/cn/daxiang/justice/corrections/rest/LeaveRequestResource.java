package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.api.LeaveRequestView;
import cn.daxiang.justice.corrections.api.LeaveReturnInput;
import cn.daxiang.justice.corrections.service.LeaveService;
import cn.daxiang.justice.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** One leave request by its id, and its return report (销假); they are recorded under their subject (SubjectLeaveResource). */
@Path("/api/v1/corrections/leave-requests")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
@Tag(name = "leave-requests", description = "请假外出（审批、销假） / leave requests, their approval and the return report")
public class LeaveRequestResource {

    @Inject
    LeaveService service;

    @GET
    @Path("/{id}")
    @Operation(operationId = "getLeaveRequest", summary = "Read one / 查看请假外出记录",
            description = "With its approval's id and, once approved, the return due on the last day of the leave.")
    @APIResponse(responseCode = "200", description = "The record")
    public LeaveRequestView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "returnFromLeave", summary = "Register the return / 销假",
            description = "Only an approved leave; a return after the last day is recorded as it happened and its item is missed.")
    @APIResponse(responseCode = "200", description = "The record, BACK")
    @APIResponse(responseCode = "409", description = "Not approved / 未批准")
    public LeaveRequestView registerReturn(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                           @Valid @NotNull LeaveReturnInput input) {
        return service.registerReturn(id, ifMatch, input);
    }
}
