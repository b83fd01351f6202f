package cn.daxiang.justice.mediation.rest;

import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.rest.Created;
import cn.daxiang.justice.kit.security.Roles;
import cn.daxiang.justice.mediation.api.CommitteeInput;
import cn.daxiang.justice.mediation.api.CommitteeView;
import cn.daxiang.justice.mediation.domain.CommitteeLevel;
import cn.daxiang.justice.mediation.domain.CommitteeStatus;
import cn.daxiang.justice.mediation.service.CommitteeService;
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

import java.util.UUID;

@Path("/api/v1/mediation/committees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "committees", description = "人民调解委员会 / people's mediation committees")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
public class CommitteeResource {

    @Context
    UriInfo uri;

    @Inject
    CommitteeService committees;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "createCommittee", summary = "Register a mediation committee / 登记人民调解委员会")
    public RestResponse<CommitteeView> create(@Valid @NotNull CommitteeInput input) {
        return Created.at(uri, committees.create(input));
    }

    @GET
    @Operation(operationId = "listCommittees", summary = "List mediation committees in the caller's scope / 查询人民调解委员会")
    public PageResult<CommitteeView> list(
            @Parameter(description = "Org unit; includes every unit below it / 机构代码（含下级）") @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "ACTIVE 在任 | DISSOLVED 撤销") @QueryParam("status") CommitteeStatus status,
            @Parameter(description = "TOWNSHIP 乡镇 | VILLAGE 村/社区 | INDUSTRY 行业性 | PROFESSIONAL 专业性") @QueryParam("level") CommitteeLevel level,
            @Valid @BeanParam PageRequest page) {
        return committees.list(orgUnit, status, level, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCommittee", summary = "Read one mediation committee / 查看人民调解委员会")
    @APIResponse(responseCode = "200", description = "The committee")
    public CommitteeView get(@PathParam("id") UUID id) {
        return committees.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "updateCommittee", summary = "Replace a mediation committee / 修改人民调解委员会",
            description = "Send the version the change is based on in `version` or `If-Match`; a stale one answers 412.")
    public CommitteeView update(@PathParam("id") UUID id,
                           @Parameter(description = "Version the change is based on, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull CommitteeInput input) {
        return committees.update(id, ifMatch, input);
    }
}
