package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.api.RewardInput;
import cn.daxiang.justice.corrections.api.RewardView;
import cn.daxiang.justice.corrections.service.RewardService;
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

/** A subject's rewards (表扬), beside its violations: recorded and listed under the subject, read and corrected at {@code rewards/{id}}. */
@Path("/api/v1/corrections/subjects/{id}/rewards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
@Tag(name = "rewards", description = RewardResource.TAG)
public class SubjectRewardResource {

    @Context
    UriInfo uri;

    @Inject
    RewardService service;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "createReward", summary = "Record a reward / 登记表扬",
            description = "In the subject's org unit; decided within the correction (intake to release or termination).")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = RewardView.class)))
    public RestResponse<RewardView> create(@PathParam("id") UUID id, @Valid @NotNull RewardInput input) {
        return Created.in(uri, RewardResource.class, service.add(id, input));
    }

    @GET
    @Operation(operationId = "listSubjectRewards", summary = "A subject's rewards / 对象的表扬记录")
    public PageResult<RewardView> list(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.ofSubject(id, page);
    }
}
