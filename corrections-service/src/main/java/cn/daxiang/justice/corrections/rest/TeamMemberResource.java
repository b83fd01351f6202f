package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.api.TeamMemberEndInput;
import cn.daxiang.justice.corrections.api.TeamMemberInput;
import cn.daxiang.justice.corrections.api.TeamMemberView;
import cn.daxiang.justice.corrections.domain.TeamRole;
import cn.daxiang.justice.corrections.service.TeamMemberService;
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
import jakarta.ws.rs.POST;
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

/** Correction team members (矫正小组, 社区矫正法 第二十五条); added under their subject ({@code POST subjects/{id}/team-members}). */
@Path("/api/v1/corrections/team-members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
@Tag(name = "team-members", description = TeamMemberResource.TAG)
public class TeamMemberResource {

    static final String TAG = "矫正小组（社区矫正法 第二十五条） / correction team members";
    static final String CONFLICT = "The correction has ended, or the member has left the team / 已解除或终止矫正，或成员已退出";

    @Inject
    TeamMemberService service;

    @GET
    @Operation(operationId = "listTeamMembers", summary = "List in the caller's scope / 查询矫正小组成员")
    public PageResult<TeamMemberView> list(
            @Parameter(description = "Org unit; includes every unit below it / 机构代码（含下级）") @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "Role / 身份") @QueryParam("role") TeamRole role,
            @Parameter(description = "Members on this day (joined by then, not left before) / 该日在组的成员") @QueryParam("on") LocalDate on,
            @Parameter(description = "Joined on or after / 加入日期起") @QueryParam("joinedFrom") LocalDate joinedFrom,
            @Parameter(description = "Joined on or before / 加入日期止") @QueryParam("joinedTo") LocalDate joinedTo,
            @Valid @BeanParam PageRequest page) {
        return service.list(orgUnit, role, on, joinedFrom, joinedTo, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTeamMember", summary = "Read one / 查看矫正小组成员")
    @APIResponse(responseCode = "200", description = "The record")
    public TeamMemberView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "updateTeamMember", summary = "Correct / 修改矫正小组成员",
            description = "Send the version the change is based on in `version` or `If-Match`; a stale one answers 412. The subject "
                    + "stays the same; leaving the team is the `end` action.")
    @APIResponse(responseCode = "409", description = CONFLICT)
    public TeamMemberView update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                 @Valid @NotNull TeamMemberInput input) {
        return service.update(id, ifMatch, input);
    }

    @POST
    @Path("/{id}/end")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "endTeamMember", summary = "Leave the team / 成员退出矫正小组",
            description = "Send the version in `version` or `If-Match`; a stale one answers 412. `leftOn` not before `joinedOn`.")
    @APIResponse(responseCode = "200", description = "Left the team")
    @APIResponse(responseCode = "409", description = CONFLICT)
    public TeamMemberView end(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                              @Valid @NotNull TeamMemberEndInput input) {
        return service.end(id, ifMatch, input);
    }
}
