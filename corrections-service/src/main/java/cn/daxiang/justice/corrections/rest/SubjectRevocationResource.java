package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.api.RevocationProposalInput;
import cn.daxiang.justice.corrections.api.RevocationProposalView;
import cn.daxiang.justice.corrections.service.RevocationService;
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

/** A subject's revocation proposals (提请撤销缓刑、假释或收监执行): drafted here, each with its approval opened at once. */
@Path("/api/v1/corrections/subjects/{id}/revocation-proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
@Tag(name = "revocation-proposals", description = "提请撤销缓刑、假释或收监执行（审批、裁定、决定） / revocation proposals, their approval and the decision")
public class SubjectRevocationResource {

    @Context
    UriInfo uri;

    @Inject
    RevocationService service;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "createRevocationProposal", summary = "Draft a revocation proposal / 拟提请撤销缓刑、假释或收监执行",
            description = "The kind must fit the subject's type. Opens its approval (kind REVOCATION) at once: the township office "
                    + "reviews, the district bureau decides to submit; approved it is SUBMITTED, rejected WITHDRAWN.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = RevocationProposalView.class)))
    @APIResponse(responseCode = "409", description = "Correction ended, or a proposal already under way / 已终止或已有提请")
    public RestResponse<RevocationProposalView> create(@PathParam("id") UUID id, @Valid @NotNull RevocationProposalInput input) {
        return Created.in(uri, RevocationProposalResource.class, service.add(id, input));
    }

    @GET
    @Operation(operationId = "listRevocationProposals", summary = "A subject's revocation proposals / 提请撤销缓刑、假释或收监执行记录")
    public PageResult<RevocationProposalView> list(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.list(id, page);
    }
}
