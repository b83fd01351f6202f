package cn.daxiang.justice.mediation.rest;

import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.rest.Created;
import cn.daxiang.justice.kit.security.Roles;
import cn.daxiang.justice.mediation.api.MediatorInput;
import cn.daxiang.justice.mediation.api.MediatorView;
import cn.daxiang.justice.mediation.api.TrainingView;
import cn.daxiang.justice.mediation.domain.Employment;
import cn.daxiang.justice.mediation.service.MediatorService;
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
import java.util.List;
import java.util.UUID;

@Path("/api/v1/mediation/mediators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "mediators", description = "人民调解员 / people's mediators")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
public class MediatorResource {

    @Context
    UriInfo uri;

    @Inject
    MediatorService mediators;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "createMediator", summary = "Register a mediator / 登记人民调解员")
    public RestResponse<MediatorView> create(@Valid @NotNull MediatorInput input) {
        return Created.at(uri, mediators.create(input));
    }

    @GET
    @Operation(operationId = "listMediators", summary = "List mediators in the caller's scope / 查询人民调解员",
            description = "ID numbers and phones are always masked in lists.")
    public PageResult<MediatorView> list(
            @Parameter(description = "Org unit; includes every unit below it / 机构代码（含下级）") @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "人民调解委员会 id") @QueryParam("committeeId") UUID committeeId,
            @Parameter(description = "FULL_TIME 专职 | PART_TIME 兼职") @QueryParam("employment") Employment employment,
            @Parameter(description = "在任日期：只列出该日在任的调解员") @QueryParam("activeOn") LocalDate activeOn,
            @Valid @BeanParam PageRequest page) {
        return mediators.list(orgUnit, committeeId, employment, activeOn, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMediator", summary = "Read one mediator / 查看人民调解员")
    @APIResponse(responseCode = "200", description = "The mediator")
    public MediatorView get(@PathParam("id") UUID id) {
        return mediators.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "updateMediator", summary = "Replace a mediator / 修改人民调解员",
            description = "Send `version` or `If-Match`; a stale one answers 412.")
    public MediatorView update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull MediatorInput input) {
        return mediators.update(id, ifMatch, input);
    }

    @GET
    @Path("/{id}/trainings")
    @Operation(operationId = "listMediatorTrainings", summary = "The training sessions a mediator attended / 调解员参训记录")
    @APIResponse(responseCode = "200", description = "Sessions, oldest first")
    public List<TrainingView> trainings(@PathParam("id") UUID id) {
        return mediators.trainingsOf(id);
    }
}
