package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.api.MedicalReviewInput;
import cn.daxiang.justice.corrections.api.MedicalReviewView;
import cn.daxiang.justice.corrections.service.MedicalReviewService;
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

/** A subject's medical re-checks (病情复查): only subjects on medical parole (保外就医) have them. */
@Path("/api/v1/corrections/subjects/{id}/medical-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
@Tag(name = "medical-reviews", description = "病情复查（保外就医，每三个月） / medical re-checks of subjects on medical parole, every 3 months")
public class SubjectMedicalReviewResource {

    @Context
    UriInfo uri;

    @Inject
    MedicalReviewService service;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "createMedicalReview", summary = "Record a medical re-check / 登记病情复查",
            description = "Re-checks are recorded in date order; each closes the 3-month period from the previous one "
                    + "(or from the intake), which the server sets as `periodStartOn`.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = MedicalReviewView.class)))
    @APIResponse(responseCode = "409", description = "Not a subject on medical parole / 非保外就医对象")
    public RestResponse<MedicalReviewView> create(@PathParam("id") UUID id, @Valid @NotNull MedicalReviewInput input) {
        return Created.in(uri, MedicalReviewResource.class, service.add(id, input));
    }

    @GET
    @Operation(operationId = "listMedicalReviews", summary = "A subject's medical re-checks / 病情复查记录")
    public PageResult<MedicalReviewView> list(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.list(id, page);
    }
}
