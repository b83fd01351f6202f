package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.api.SupervisionRecordInput;
import cn.daxiang.justice.corrections.api.SupervisionRecordView;
import cn.daxiang.justice.corrections.domain.SupervisionKind;
import cn.daxiang.justice.corrections.service.SupervisionRecordService;
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
import jakarta.ws.rs.PUT;
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

/** Supervision records; recorded under their subject ({@code POST subjects/{id}/supervision-records}). */
@Path("/api/v1/corrections/supervision-records")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
@Tag(name = "supervision-records", description = "监督管理记录（报到、入矫宣告、日常报告、通讯联系、实地查访、走访、信息化核查） / supervision records")
public class SupervisionRecordResource {

    @Inject
    SupervisionRecordService service;

    @GET
    @Operation(operationId = "listSupervisionRecords", summary = "List in the caller's scope / 查询监督管理记录")
    public PageResult<SupervisionRecordView> list(
            @Parameter(description = "Org unit; includes every unit below it / 机构代码（含下级）") @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "方式：REPORT_IN, ANNOUNCEMENT, DAILY_REPORT, CONTACT, HOME_VISIT, WORKPLACE_VISIT, INFORMATION_CHECK")
            @QueryParam("kind") SupervisionKind kind,
            @Parameter(description = "On or after / 日期起") @QueryParam("from") LocalDate from,
            @Parameter(description = "On or before / 日期止") @QueryParam("to") LocalDate to,
            @Parameter(description = "Only those that found something abnormal (true) or not (false) / 发现异常") @QueryParam("abnormal") Boolean abnormal,
            @Valid @BeanParam PageRequest page) {
        return service.list(orgUnit, kind, from, to, abnormal, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSupervisionRecord", summary = "Read one / 查看监督管理记录")
    @APIResponse(responseCode = "200", description = "The record")
    public SupervisionRecordView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "updateSupervisionRecord", summary = "Correct / 修改监督管理记录",
            description = "Send the version the change is based on in `version` or `If-Match`; a stale one answers 412. "
                    + "The subject stays the same.")
    public SupervisionRecordView update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                        @Valid @NotNull SupervisionRecordInput input) {
        return service.update(id, ifMatch, input);
    }
}
