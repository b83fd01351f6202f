package cn.daxiang.justice.legalaid.rest;

import cn.daxiang.justice.kit.document.InstrumentFormat;
import cn.daxiang.justice.kit.document.InstrumentResponses;
import cn.daxiang.justice.kit.document.InstrumentView;
import cn.daxiang.justice.kit.document.Instruments;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.rest.Created;
import cn.daxiang.justice.kit.security.Roles;
import cn.daxiang.justice.legalaid.api.AcceptInput;
import cn.daxiang.justice.legalaid.api.ApplicationInput;
import cn.daxiang.justice.legalaid.api.ApplicationView;
import cn.daxiang.justice.legalaid.api.CaseView;
import cn.daxiang.justice.legalaid.api.MaterialsReceivedInput;
import cn.daxiang.justice.legalaid.api.MaterialsRequestInput;
import cn.daxiang.justice.legalaid.api.ObjectionInput;
import cn.daxiang.justice.legalaid.api.ObjectionView;
import cn.daxiang.justice.legalaid.api.RefuseInput;
import cn.daxiang.justice.legalaid.domain.Application;
import cn.daxiang.justice.legalaid.domain.ApplicationChannel;
import cn.daxiang.justice.legalaid.domain.ApplicationStatus;
import cn.daxiang.justice.legalaid.domain.CaseCategory;
import cn.daxiang.justice.legalaid.service.ApplicationService;
import cn.daxiang.justice.legalaid.service.ObjectionService;
import cn.daxiang.justice.kit.person.PersonQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.LocalDate;
import java.util.UUID;

@Path("/api/v1/legal-aid/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "applications", description = "法律援助申请（受理、不予援助、补充材料） / legal aid applications")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
public class ApplicationResource {

    @Context
    UriInfo uri;

    @Inject
    Instruments instruments;

    @Inject
    ApplicationService applications;

    @Inject
    ObjectionService objections;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "createApplication", summary = "Register an application for legal aid / 登记法律援助申请")
    @APIResponse(responseCode = "201", description = "Created, status PENDING",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "409", description = "The id exists already / 编号已存在")
    public RestResponse<ApplicationView> create(@Valid @NotNull ApplicationInput input) {
        return Created.at(uri, applications.create(input));
    }

    @GET
    @Operation(operationId = "listApplications", summary = "List applications in the caller's scope (personal data masked) / 查询法律援助申请")
    public PageResult<ApplicationView> list(
            @Parameter(description = "Org unit; includes every unit below it / 机构代码（含下级）") @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "PENDING 待审查 | MATERIALS_REQUESTED 待补充材料 | ACCEPTED 已受理 | REFUSED 不予援助") @QueryParam("status") ApplicationStatus status,
            @Parameter(description = "CIVIL 民事 | CRIMINAL 刑事 | ADMINISTRATIVE 行政 | PLEA_WITNESS 认罪认罚见证") @QueryParam("category") CaseCategory category,
            @Parameter(description = "WALK_IN 来访 | HOTLINE_12348 12348热线 | ONLINE 网上 | NOTIFIED 通知辩护 | TRANSFERRED 转交") @QueryParam("channel") ApplicationChannel channel,
            @Parameter(description = "收到日期起 (YYYY-MM-DD)") @QueryParam("receivedFrom") LocalDate receivedFrom,
            @Parameter(description = "收到日期止 (YYYY-MM-DD)") @QueryParam("receivedTo") LocalDate receivedTo,
            @BeanParam PersonQuery applicant,
            @Valid @BeanParam PageRequest page) {
        return applications.list(orgUnit, status, category, channel, receivedFrom, receivedTo, applicant, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getApplication", summary = "Read one application / 查看法律援助申请",
            description = "Applicant's ID number and phone are masked for readers who do not need them (provincial-reader).")
    @APIResponse(responseCode = "200", description = "The application")
    public ApplicationView get(@PathParam("id") UUID id) {
        return applications.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "updateApplication", summary = "Correct an application under review / 修改法律援助申请",
            description = "Only while PENDING or MATERIALS_REQUESTED (409 afterwards). Send `version` or `If-Match`.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "409", description = "Already decided / 已作出决定")
    public ApplicationView update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull ApplicationInput input) {
        return applications.update(id, ifMatch, input);
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "acceptApplication", summary = "Accept: grant legal aid and open the case / 受理",
            description = "Only a PENDING application (409 otherwise). Answers the new case.")
    @APIResponse(responseCode = "201", description = "The case created", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "Not pending / 状态不允许")
    public RestResponse<CaseView> accept(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull AcceptInput input) {
        return Created.in(uri, CaseResource.class, applications.accept(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/refuse")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "refuseApplication", summary = "Refuse legal aid, with the reason told to the applicant / 不予援助")
    @APIResponse(responseCode = "200", description = "Refused")
    @APIResponse(responseCode = "409", description = "Already decided / 已作出决定")
    public ApplicationView refuse(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull RefuseInput input) {
        return applications.refuse(id, ifMatch, input);
    }

    @POST
    @Path("/{id}/request-materials")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "requestApplicationMaterials", summary = "Ask for further materials; the review clock stops / 补充材料")
    @APIResponse(responseCode = "200", description = "Waiting for materials")
    @APIResponse(responseCode = "409", description = "Not pending / 状态不允许")
    public ApplicationView requestMaterials(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                     @Valid @NotNull MaterialsRequestInput input) {
        return applications.requestMaterials(id, ifMatch, input);
    }

    @POST
    @Path("/{id}/materials-received")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "receiveApplicationMaterials", summary = "Materials arrived; the review clock runs again / 材料补齐",
            description = "The review deadline moves by the days spent waiting.")
    @APIResponse(responseCode = "200", description = "Back under review")
    @APIResponse(responseCode = "409", description = "No materials requested / 没有待补充的材料")
    public ApplicationView materialsReceived(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                      @Valid @NotNull MaterialsReceivedInput input) {
        return applications.materialsReceived(id, ifMatch, input);
    }

    @POST
    @Path("/{id}/objections")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "createObjection", summary = "Record the applicant's objection to a refusal / 登记异议",
            description = "Only against a REFUSED application (409 otherwise); received not before the refusal and not in the "
                    + "future. The bureau reviews it within 5 日 (法律援助法第四十九条): see `objections/{id}/decide`.")
    @APIResponse(responseCode = "201", description = "Created, status PENDING",
            content = @Content(schema = @Schema(implementation = ObjectionView.class)))
    @APIResponse(responseCode = "409", description = "The application is not refused / 申请未被决定不予援助")
    public RestResponse<ObjectionView> createObjection(@PathParam("id") UUID id, @Valid @NotNull ObjectionInput input) {
        return Created.in(uri, ObjectionResource.class, objections.create(id, input));
    }

    @POST
    @Path("/{id}/instruments/{kind}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "issueApplicationInstrument", summary = "Issue a formal instrument of the application / 出具申请文书",
            description = InstrumentResponses.ISSUE)
    @APIResponse(responseCode = "201", description = "Issued", content = @Content(schema = @Schema(implementation = InstrumentView.class)))
    @APIResponse(responseCode = "200", description = "Issued before", content = @Content(schema = @Schema(implementation = InstrumentView.class)))
    @APIResponse(responseCode = "409", description = "Not in the state the instrument needs / 状态不允许")
    public Response issueInstrument(@PathParam("id") UUID id,
                                    @Parameter(description = "grant 给予法律援助决定书 | refuse 不予法律援助决定书") @PathParam("kind") String kind) {
        return InstrumentResponses.issued(instruments.issue(Application.class, kind,
                () -> applications.load(id, LockModeType.PESSIMISTIC_WRITE), uri.getAbsolutePath()));
    }

    @GET
    @Path("/{id}/instruments/{kind}")
    @Produces({InstrumentResponses.PDF, InstrumentResponses.DOCX, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "getApplicationInstrument", summary = "The instrument as DOCX or PDF / 下载申请文书",
            description = InstrumentResponses.READ)
    @APIResponse(responseCode = "200", description = "The document", content = {
            @Content(mediaType = InstrumentResponses.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = InstrumentResponses.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response instrument(@PathParam("id") UUID id,
                               @Parameter(description = "grant 给予法律援助决定书 | refuse 不予法律援助决定书") @PathParam("kind") String kind,
                               @Parameter(description = "docx | pdf") @QueryParam("format") String format,
                               @HeaderParam("Accept") String accept) {
        return InstrumentResponses.document(instruments.document(Application.class, kind, () -> applications.load(id, LockModeType.NONE),
                InstrumentFormat.of(format, accept), uri.getPath(), "getApplicationInstrument"));
    }
}
