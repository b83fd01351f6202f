package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.api.TeamMemberInput;
import cn.daxiang.justice.corrections.api.TeamMemberView;
import cn.daxiang.justice.corrections.service.TeamMemberService;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.LocalDate;
import java.util.UUID;

/** A subject's correction team (矫正小组): members added and listed under the subject, read, corrected and ended at {@code team-members/{id}}. */
@Path("/api/v1/corrections/subjects/{id}/team-members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
@Tag(name = "team-members", description = TeamMemberResource.TAG)
public class SubjectTeamMemberResource {

    @Context
    UriInfo uri;

    @Inject
    TeamMemberService service;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "createTeamMember", summary = "Add a team member / 增加矫正小组成员",
            description = "In the subject's org unit, while the correction runs; joined within the correction (from the intake).")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = TeamMemberView.class)))
    @APIResponse(responseCode = "409", description = "The correction has ended / 已解除或终止矫正")
    public RestResponse<TeamMemberView> create(@PathParam("id") UUID id, @Valid @NotNull TeamMemberInput input) {
        return Created.in(uri, TeamMemberResource.class, service.add(id, input));
    }

    @GET
    @Operation(operationId = "listSubjectTeamMembers", summary = "A subject's team / 对象的矫正小组",
            description = "Every member and period, oldest first; with `on`, the team on that day.")
    public PageResult<TeamMemberView> list(@PathParam("id") UUID id,
            @Parameter(description = "The team on this day / 该日的矫正小组") @QueryParam("on") LocalDate on,
            @Valid @BeanParam PageRequest page) {
        return service.ofSubject(id, on, page);
    }
}
