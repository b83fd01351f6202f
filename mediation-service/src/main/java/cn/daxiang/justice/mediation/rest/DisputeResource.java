package cn.daxiang.justice.mediation.rest;

import cn.daxiang.justice.kit.document.InstrumentFormat;
import cn.daxiang.justice.kit.document.InstrumentResponses;
import cn.daxiang.justice.kit.document.InstrumentView;
import cn.daxiang.justice.kit.document.Instruments;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.rest.Created;
import cn.daxiang.justice.kit.security.Roles;
import cn.daxiang.justice.mediation.api.AgreementInput;
import cn.daxiang.justice.mediation.api.ArchiveInput;
import cn.daxiang.justice.mediation.api.ConcludeInput;
import cn.daxiang.justice.mediation.api.ConfirmationRulingInput;
import cn.daxiang.justice.mediation.api.DisputeInput;
import cn.daxiang.justice.mediation.api.DisputeView;
import cn.daxiang.justice.mediation.api.FeedbackInput;
import cn.daxiang.justice.mediation.api.FollowUpInput;
import cn.daxiang.justice.mediation.api.FollowUpView;
import cn.daxiang.justice.mediation.api.StartInput;
import cn.daxiang.justice.mediation.domain.Dispute;
import cn.daxiang.justice.mediation.domain.DisputeCategory;
import cn.daxiang.justice.mediation.domain.DisputeSource;
import cn.daxiang.justice.mediation.domain.DisputeStatus;
import cn.daxiang.justice.mediation.service.DisputeService;
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
import java.util.List;
import java.util.UUID;

@Path("/api/v1/mediation/disputes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "disputes", description = "矛盾纠纷 / disputes and their mediation")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
public class DisputeResource {

    @Context
    UriInfo uri;

    @Inject
    Instruments instruments;

    @Inject
    DisputeService disputes;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "createDispute", summary = "Register a dispute / 登记矛盾纠纷")
    public RestResponse<DisputeView> create(@Valid @NotNull DisputeInput input) {
        return Created.at(uri, disputes.create(input));
    }

    @GET
    @Operation(operationId = "listDisputes", summary = "List disputes in the caller's scope / 查询矛盾纠纷",
            description = "Personal data of parties is always masked in lists.")
    public PageResult<DisputeView> list(
            @Parameter(description = "Org unit; includes every unit below it / 机构代码（含下级）") @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "REGISTERED 已登记 | MEDIATING 调解中 | SUCCEEDED 调解成功 | FAILED 调解不成 | WITHDRAWN 撤回")
            @QueryParam("status") DisputeStatus status,
            @Parameter(description = "纠纷类别，如 MARRIAGE_FAMILY 婚姻家庭") @QueryParam("category") DisputeCategory category,
            @Parameter(description = "纠纷来源，如 SCREENING 排查") @QueryParam("source") DisputeSource source,
            @Parameter(description = "人民调解委员会 id") @QueryParam("committeeId") UUID committeeId,
            @Parameter(description = "重大纠纷") @QueryParam("serious") Boolean serious,
            @Parameter(description = "登记日期起 YYYY-MM-DD") @QueryParam("registeredFrom") LocalDate registeredFrom,
            @Parameter(description = "登记日期止 YYYY-MM-DD") @QueryParam("registeredTo") LocalDate registeredTo,
            @BeanParam PersonQuery party,
            @Valid @BeanParam PageRequest page) {
        return disputes.list(orgUnit, status, category, source, committeeId, serious, registeredFrom, registeredTo, party, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDispute", summary = "Read one dispute / 查看矛盾纠纷")
    @APIResponse(responseCode = "200", description = "The dispute")
    public DisputeView get(@PathParam("id") UUID id) {
        return disputes.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "updateDispute", summary = "Correct a dispute's registration / 修改矛盾纠纷登记信息",
            description = "Status and outcome change only through the actions. Send `version` or `If-Match`; a stale one answers 412.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "409", description = "Dossier archived / 已归档")
    public DisputeView update(@PathParam("id") UUID id,
                           @Parameter(description = "Version the change is based on, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull DisputeInput input) {
        return disputes.update(id, ifMatch, input);
    }

    @POST
    @Path("/{id}/start")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "startDispute", summary = "Start mediating / 开始调解", description = "REGISTERED → MEDIATING.")
    @APIResponse(responseCode = "200", description = "Started")
    @APIResponse(responseCode = "409", description = "Not in status REGISTERED / 状态不允许")
    public DisputeView start(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull StartInput input) {
        return disputes.start(id, ifMatch, input);
    }

    @POST
    @Path("/{id}/conclude")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "concludeDispute", summary = "Conclude / 调解终结",
            description = "MEDIATING → SUCCEEDED (with the agreement's form) or FAILED (with a referral); REGISTERED or MEDIATING → WITHDRAWN.")
    @APIResponse(responseCode = "200", description = "Concluded")
    @APIResponse(responseCode = "409", description = "Not started, or concluded already / 状态不允许")
    public DisputeView conclude(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ConcludeInput input) {
        return disputes.conclude(id, ifMatch, input);
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "archiveDispute", summary = "Archive the dossier / 卷宗归档",
            description = "Only a concluded dispute, only once; the archive year decides the reward year.")
    @APIResponse(responseCode = "200", description = "Archived")
    @APIResponse(responseCode = "409", description = "Not concluded, or archived already / 状态不允许")
    public DisputeView archive(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ArchiveInput input) {
        return disputes.archive(id, ifMatch, input);
    }

    @POST
    @Path("/{id}/agreement")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "recordDisputeAgreement", summary = "Record or correct the agreement's content / 登记调解协议内容",
            description = "A SUCCEEDED dispute (written or oral agreement: 人民调解法第二十八条、第二十九条); until archived and until a follow-up "
                    + "has checked the terms one by one. Each term's `obligorParty` is a position in the dispute's `parties`.")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "409", description = "Not SUCCEEDED, archived, or terms already followed up / 状态不允许")
    public DisputeView agreement(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull AgreementInput input) {
        return disputes.agreement(id, ifMatch, input);
    }

    @POST
    @Path("/{id}/confirmation-ruling")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "recordConfirmationRuling", summary = "Record the court's ruling on judicial confirmation / 登记司法确认裁定",
            description = "After the application (`confirmationAppliedOn` and `confirmationCourt`, by PUT), once: CONFIRMED (已司法确认) or "
                    + "REJECTED (the parties may mediate again or sue; recorded only). 民事诉讼法 确认调解协议案件: 第二百零二条 in the 2021 text "
                    + "(2023 text: article number unconfirmed).")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "409", description = "No application recorded, or ruled already / 状态不允许")
    public DisputeView confirmationRuling(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                          @Valid @NotNull ConfirmationRulingInput input) {
        return disputes.confirmationRuling(id, ifMatch, input);
    }

    @POST
    @Path("/{id}/feedback")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "feedBackDispute", summary = "Feed the outcome back to the referring organ / 向移送机关反馈",
            description = "A referred dispute (COURT_ENTRUSTED, POLICE_REFERRAL, PETITION_REFERRAL, GOVERNMENT_ASSIGNED) with its organ "
                    + "recorded, once concluded; once.")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "409", description = "Not referred, not concluded, or fed back already / 状态不允许")
    public DisputeView feedback(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull FeedbackInput input) {
        return disputes.feedback(id, ifMatch, input);
    }

    @POST
    @Path("/{id}/follow-up")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "followUpDispute", summary = "Record a follow-up visit / 回访",
            description = "Only on a concluded dispute; any number of times.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = FollowUpView.class)))
    @APIResponse(responseCode = "409", description = "Not concluded / 纠纷尚未终结")
    public RestResponse<FollowUpView> followUp(@PathParam("id") UUID id, @Valid @NotNull FollowUpInput input) {
        // the action is /follow-up; the record lives with the others under /follow-ups
        return Created.in(uri.getBaseUriBuilder().path(DisputeResource.class).path(id + "/follow-ups"), disputes.followUp(id, input));
    }

    @GET
    @Path("/{id}/follow-ups")
    @Operation(operationId = "listFollowUps", summary = "The follow-up visits of a dispute / 回访记录")
    @APIResponse(responseCode = "200", description = "All follow-ups, oldest first")
    public List<FollowUpView> followUps(@PathParam("id") UUID id) {
        return disputes.followUps(id);
    }

    @POST
    @Path("/{id}/instruments/{kind}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "issueDisputeInstrument", summary = "Issue a formal instrument of the dispute / 出具纠纷文书",
            description = InstrumentResponses.ISSUE)
    @APIResponse(responseCode = "201", description = "Issued", content = @Content(schema = @Schema(implementation = InstrumentView.class)))
    @APIResponse(responseCode = "200", description = "Issued before", content = @Content(schema = @Schema(implementation = InstrumentView.class)))
    @APIResponse(responseCode = "409", description = "Not in the state the instrument needs / 状态不允许")
    public Response issueInstrument(@PathParam("id") UUID id,
                                    @Parameter(description = "agreement 人民调解协议书") @PathParam("kind") String kind) {
        return InstrumentResponses.issued(instruments.issue(Dispute.class, kind,
                () -> disputes.load(id, LockModeType.PESSIMISTIC_WRITE), uri.getAbsolutePath()));
    }

    @GET
    @Path("/{id}/instruments/{kind}")
    @Produces({InstrumentResponses.PDF, InstrumentResponses.DOCX, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "getDisputeInstrument", summary = "The instrument as DOCX or PDF / 下载纠纷文书",
            description = InstrumentResponses.READ)
    @APIResponse(responseCode = "200", description = "The document", content = {
            @Content(mediaType = InstrumentResponses.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = InstrumentResponses.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response instrument(@PathParam("id") UUID id,
                               @Parameter(description = "agreement 人民调解协议书") @PathParam("kind") String kind,
                               @Parameter(description = "docx | pdf") @QueryParam("format") String format,
                               @HeaderParam("Accept") String accept) {
        return InstrumentResponses.document(instruments.document(Dispute.class, kind, () -> disputes.load(id, LockModeType.NONE),
                InstrumentFormat.of(format, accept), uri.getPath(), "getDisputeInstrument"));
    }
}
