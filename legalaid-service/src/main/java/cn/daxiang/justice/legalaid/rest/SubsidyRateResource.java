package cn.daxiang.justice.legalaid.rest;

import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.rest.Created;
import cn.daxiang.justice.kit.security.Roles;
import cn.daxiang.justice.legalaid.api.SubsidyRateInput;
import cn.daxiang.justice.legalaid.api.SubsidyRateView;
import cn.daxiang.justice.legalaid.domain.CaseCategory;
import cn.daxiang.justice.legalaid.service.SubsidyRateService;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

/** The case subsidy rate table (办案补贴标准): the district writes it, every reader of cases reads it. */
@Path("/api/v1/legal-aid/subsidy-rates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "subsidy-rates", description = "办案补贴标准（法律援助法第五十二条） / case subsidy rates")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
public class SubsidyRateResource {

    @Context
    UriInfo uri;

    @Inject
    SubsidyRateService service;

    @POST
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(operationId = "createSubsidyRate", summary = "Enter a subsidy rate / 录入办案补贴标准",
            description = "One rate per year, category and complexity (none: the general rate); 409 when it exists.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = SubsidyRateView.class)))
    @APIResponse(responseCode = "409", description = "A rate for the year, category and complexity exists / 已存在")
    public RestResponse<SubsidyRateView> create(@Valid @NotNull SubsidyRateInput input) {
        return Created.at(uri, service.create(input));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(operationId = "updateSubsidyRate", summary = "Correct a subsidy rate / 修改办案补贴标准",
            description = "Send `version` or `If-Match`. A rate that priced a payment is not changed (409).")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "409", description = "Used by a payment, or the year, category and complexity exist / 已用于发放或已存在")
    public SubsidyRateView update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull SubsidyRateInput input) {
        return service.update(id, ifMatch, input);
    }

    @GET
    @Operation(operationId = "listSubsidyRates", summary = "Subsidy rates / 办案补贴标准", description = "Newest year first.")
    public PageResult<SubsidyRateView> list(@Parameter(description = "年度") @QueryParam("year") Integer year,
                                            @Parameter(description = "案件类别") @QueryParam("category") CaseCategory category,
                                            @Valid @BeanParam PageRequest page) {
        return service.list(year, category, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSubsidyRate", summary = "One subsidy rate / 查看办案补贴标准")
    @APIResponse(responseCode = "200", description = "The rate")
    public SubsidyRateView get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}
