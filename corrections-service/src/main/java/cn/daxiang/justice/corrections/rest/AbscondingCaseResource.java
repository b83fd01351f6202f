package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.api.AbscondingCaseView;
import cn.daxiang.justice.corrections.api.AbscondingEscalateInput;
import cn.daxiang.justice.corrections.api.AbscondingFoundInput;
import cn.daxiang.justice.corrections.api.AbscondingStepInput;
import cn.daxiang.justice.corrections.domain.AbscondingStatus;
import cn.daxiang.justice.corrections.service.AbscondingCaseService;
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

import java.time.LocalDate;
import java.util.UUID;

/** Absconding cases (脱管) and their search: steps while open, then found or escalated. Opened under the subject. */
@Path("/api/v1/corrections/absconding-cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
@Tag(name = "absconding-cases", description = AbscondingCaseResource.TAG)
public class AbscondingCaseResource {

    static final String TAG = "脱管（失去联系）及查找 / absconding and search (社区矫正法 第三十条，条文序号待核)";
    static final String VERSION = "Send the case's version in `version` or `If-Match`; a stale one answers 412. ";

    @Inject
    AbscondingCaseService service;

    @GET
    @Operation(operationId = "listAbscondingCases", summary = "List in the caller's scope / 查询脱管案件")
    public PageResult<AbscondingCaseView> list(
            @Parameter(description = "Org unit; includes every unit below it / 机构代码（含下级）") @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "OPEN 查找中, FOUND 已查找到, ESCALATED 已移交或提请") @QueryParam("status") AbscondingStatus status,
            @Parameter(description = "Discovered on or after / 发现日期起") @QueryParam("from") LocalDate from,
            @Parameter(description = "Discovered on or before / 发现日期止") @QueryParam("to") LocalDate to,
            @Valid @BeanParam PageRequest page) {
        return service.list(orgUnit, status, from, to, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAbscondingCase", summary = "Read one / 查看脱管案件")
    @APIResponse(responseCode = "200", description = "The case, with its item ABSCONDING_ONE_MONTH")
    public AbscondingCaseView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Path("/{id}/steps")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "addAbscondingStep", summary = "Record a search step / 登记查找措施",
            description = VERSION + "Dated not before the discovery nor the step before it.")
    @APIResponse(responseCode = "200", description = "The case with the step")
    @APIResponse(responseCode = "400", description = "Dates out of order / 日期有误")
    @APIResponse(responseCode = "409", description = "The case is closed / 已结案")
    public AbscondingCaseView addStep(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                      @Valid @NotNull AbscondingStepInput input) {
        return service.addStep(id, ifMatch, input);
    }

    @POST
    @Path("/{id}/found")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "abscondingFound", summary = "The subject is found / 查找到案", description = VERSION)
    @APIResponse(responseCode = "200", description = "FOUND")
    @APIResponse(responseCode = "400", description = "Dates out of order / 日期有误")
    @APIResponse(responseCode = "409", description = "The case is closed / 已结案")
    public AbscondingCaseView found(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                    @Valid @NotNull AbscondingFoundInput input) {
        return service.found(id, ifMatch, input);
    }

    @POST
    @Path("/{id}/escalate")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "escalateAbscondingCase", summary = "Escalate / 移交追逃或提请撤销、收监", description = VERSION)
    @APIResponse(responseCode = "200", description = "ESCALATED")
    @APIResponse(responseCode = "400", description = "Dates out of order / 日期有误")
    @APIResponse(responseCode = "409", description = "The case is closed / 已结案")
    public AbscondingCaseView escalate(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                       @Valid @NotNull AbscondingEscalateInput input) {
        return service.escalate(id, ifMatch, input);
    }
}
