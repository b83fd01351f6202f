package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.api.RevocationDecisionInput;
import cn.daxiang.justice.corrections.api.RevocationProposalView;
import cn.daxiang.justice.corrections.service.RevocationService;
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

/** One revocation proposal by its id, and the decision on it; they are drafted under their subject (SubjectRevocationResource). */
@Path("/api/v1/corrections/revocation-proposals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
@Tag(name = "revocation-proposals", description = "提请撤销缓刑、假释或收监执行（审批、裁定、决定） / revocation proposals, their approval and the decision")
public class RevocationProposalResource {

    @Inject
    RevocationService service;

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRevocationProposal", summary = "Read one / 查看提请撤销缓刑、假释或收监执行记录",
            description = "With its approval's id and, once submitted, the court's or authority's 30 days for its decision.")
    @APIResponse(responseCode = "200", description = "The record")
    public RevocationProposalView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "decideRevocationProposal", summary = "Record the court's or authority's decision / 登记裁定、决定",
            description = "Only a submitted proposal. GRANTED ends the subject's correction on the decision's date (terminated, "
                    + "reason REVOKED or IMPRISONED) in the same transaction; DENIED leaves it in correction.")
    @APIResponse(responseCode = "200", description = "The record, GRANTED or DENIED")
    @APIResponse(responseCode = "409", description = "Not submitted, or the correction already ended / 未提请或已终止")
    public RevocationProposalView decide(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                         @Valid @NotNull RevocationDecisionInput input) {
        return service.decide(id, ifMatch, input);
    }
}
