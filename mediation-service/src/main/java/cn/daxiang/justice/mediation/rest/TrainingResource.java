package cn.daxiang.justice.mediation.rest;

import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.rest.Created;
import cn.daxiang.justice.kit.security.Roles;
import cn.daxiang.justice.mediation.api.TrainingInput;
import cn.daxiang.justice.mediation.api.TrainingView;
import cn.daxiang.justice.mediation.domain.TrainingKind;
import cn.daxiang.justice.mediation.service.TrainingService;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.LocalDate;
import java.util.UUID;

@Path("/api/v1/mediation/trainings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "trainings", description = "调解员培训 / mediator training sessions")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
public class TrainingResource {

    @Context
    UriInfo uri;

    @Inject
    TrainingService trainings;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "createTraining", summary = "Record a training session / 登记调解员培训")
    public RestResponse<TrainingView> create(@Valid @NotNull TrainingInput input) {
        return Created.at(uri, trainings.create(input));
    }

    @GET
    @Operation(operationId = "listTrainings", summary = "List training sessions / 查询调解员培训")
    public PageResult<TrainingView> list(
            @Parameter(description = "Org unit; includes every unit below it / 机构代码（含下级）") @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "INITIAL 初任培训 | ANNUAL 年度培训") @QueryParam("kind") TrainingKind kind,
            @Parameter(description = "培训日期起") @QueryParam("heldFrom") LocalDate heldFrom,
            @Parameter(description = "培训日期止") @QueryParam("heldTo") LocalDate heldTo,
            @Valid @BeanParam PageRequest page) {
        return trainings.list(orgUnit, kind, heldFrom, heldTo, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTraining", summary = "Read one training session / 查看调解员培训")
    @APIResponse(responseCode = "200", description = "The session")
    public TrainingView get(@PathParam("id") UUID id) {
        return trainings.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "updateTraining", summary = "Replace a training session / 修改调解员培训",
            description = "Send `version` or `If-Match`; a stale one answers 412.")
    public TrainingView update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull TrainingInput input) {
        return trainings.update(id, ifMatch, input);
    }
}
