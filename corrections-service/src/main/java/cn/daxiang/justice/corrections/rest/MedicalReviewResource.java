package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.api.MedicalReviewView;
import cn.daxiang.justice.corrections.service.MedicalReviewService;
import cn.daxiang.justice.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** One medical re-check (病情复查) by its id; they are recorded and listed under their subject (SubjectMedicalReviewResource). */
@Path("/api/v1/corrections/medical-reviews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
@Tag(name = "medical-reviews", description = "病情复查（保外就医，每三个月） / medical re-checks of subjects on medical parole, every 3 months")
public class MedicalReviewResource {

    @Inject
    MedicalReviewService service;

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMedicalReview", summary = "Read one / 查看病情复查记录",
            description = "With its due date: the 3-month period from the previous re-check (or the intake) that it closes.")
    @APIResponse(responseCode = "200", description = "The record")
    public MedicalReviewView get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}
