package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.api.ElectronicLocationEndInput;
import cn.daxiang.justice.corrections.api.ElectronicLocationRenewInput;
import cn.daxiang.justice.corrections.api.ElectronicLocationView;
import cn.daxiang.justice.corrections.service.ElectronicLocationService;
import cn.daxiang.justice.kit.rest.Created;
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

/** Electronic location (电子定位, 社区矫正法 第二十九条): one record, its renewal and its end. Decisions are made on the subject. */
@Path("/api/v1/corrections/electronic-locations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
@Tag(name = "electronic-locations", description = "电子定位 / electronic location (社区矫正法 第二十九条)")
public class ElectronicLocationResource {

    @Context
    UriInfo uri;

    @Inject
    ElectronicLocationService service;

    @GET
    @Path("/{id}")
    @Operation(operationId = "getElectronicLocation", summary = "Read one / 查看电子定位")
    @APIResponse(responseCode = "200", description = "The record, with its review item (ELECTRONIC_LOCATION_REVIEW)")
    public ElectronicLocationView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Path("/{id}/renew")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "renewElectronicLocation", summary = "Renew / 延长电子定位",
            description = "经评估仍有必要继续使用的，经过批准，期限可以延长，每次不得超过三个月. Creates the renewal, a record of its own "
                    + "starting the day after this one ends; this record keeps the renewal's decision date (`renewedOn`). "
                    + "Send this record's version in `version` or `If-Match`; a stale one answers 412.")
    @APIResponse(responseCode = "201", description = "The renewal",
            content = @Content(schema = @Schema(implementation = ElectronicLocationView.class)))
    @APIResponse(responseCode = "400", description = "More than three months, or dates out of order / 超过三个月或日期有误")
    @APIResponse(responseCode = "409", description = "Ended or renewed already / 已解除或已延长")
    public RestResponse<ElectronicLocationView> renew(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                                      @Valid @NotNull ElectronicLocationRenewInput input) {
        return Created.in(uri, ElectronicLocationResource.class, service.renew(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/end")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "endElectronicLocation", summary = "End / 解除电子定位",
            description = "Send the version in `version` or `If-Match`; a stale one answers 412. A renewed record is ended through its renewal.")
    @APIResponse(responseCode = "200", description = "Ended")
    @APIResponse(responseCode = "409", description = "Ended or renewed already / 已解除或已延长")
    public ElectronicLocationView end(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                      @Valid @NotNull ElectronicLocationEndInput input) {
        return service.end(id, ifMatch, input);
    }
}
