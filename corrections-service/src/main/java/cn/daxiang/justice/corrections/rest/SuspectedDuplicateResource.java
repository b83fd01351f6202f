package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.api.DuplicateResolutionInput;
import cn.daxiang.justice.corrections.api.SuspectedDuplicateView;
import cn.daxiang.justice.corrections.domain.DuplicateStatus;
import cn.daxiang.justice.corrections.service.DuplicateReviewService;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * The district admin's review queue of persons possibly in correction twice. Only the district admin:
 * a township that stored such a record was told nothing, and must not learn it here either.
 */
@Path("/api/v1/corrections/suspected-duplicates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "suspected-duplicates", description = "疑似重复在矫人员核查 / review of persons possibly in correction twice")
@RolesAllowed(Roles.DISTRICT_ADMIN)
public class SuspectedDuplicateResource {

    @Inject
    DuplicateReviewService reviews;

    @GET
    @Operation(operationId = "listSuspectedDuplicates", summary = "The review queue / 疑似重复核查队列",
            description = "Subjects taken into correction while the same ID number was in correction in a unit outside the "
                    + "writer's scope (the writer was told nothing). Oldest first.")
    public PageResult<SuspectedDuplicateView> list(
            @Parameter(description = "OPEN 待核查 | CONFIRMED 已确认 | DISMISSED 已排除") @QueryParam("status") DuplicateStatus status,
            @Valid @BeanParam PageRequest page) {
        return reviews.list(status, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSuspectedDuplicate", summary = "One suspected duplicate / 查看疑似重复")
    @APIResponse(responseCode = "200", description = "The review")
    public SuspectedDuplicateView get(@PathParam("id") UUID id) {
        return reviews.get(id);
    }

    @POST
    @Path("/{id}/confirm")
    @Operation(operationId = "confirmSuspectedDuplicate", summary = "Confirm: the same person / 确认为同一人",
            description = "The later record is deleted (a tombstone in its unit's feed, audited). Refused while records of its "
                    + "own (violations, scores...) depend on it.")
    @APIResponse(responseCode = "200", description = "Confirmed")
    @APIResponse(responseCode = "409", description = "Resolved already, or the later record has dependants / 已核查或有关联记录")
    public SuspectedDuplicateView confirm(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                            @Valid @NotNull DuplicateResolutionInput input) {
        return reviews.confirm(id, ifMatch, input);
    }

    @POST
    @Path("/{id}/dismiss")
    @Operation(operationId = "dismissSuspectedDuplicate", summary = "Dismiss / 排除",
            description = "Only once the two records no longer share an ID number in correction (one corrected or ended).")
    @APIResponse(responseCode = "200", description = "Dismissed")
    @APIResponse(responseCode = "409", description = "Resolved already, or still the same person in correction twice / 已核查或仍重复在矫")
    public SuspectedDuplicateView dismiss(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                            @Valid @NotNull DuplicateResolutionInput input) {
        return reviews.dismiss(id, ifMatch, input);
    }
}
