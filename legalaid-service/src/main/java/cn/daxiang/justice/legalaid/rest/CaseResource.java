package cn.daxiang.justice.legalaid.rest;

import cn.daxiang.justice.kit.document.InstrumentFormat;
import cn.daxiang.justice.kit.document.InstrumentResponses;
import cn.daxiang.justice.kit.document.InstrumentView;
import cn.daxiang.justice.kit.document.Instruments;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.rest.Created;
import cn.daxiang.justice.kit.security.Roles;
import cn.daxiang.justice.legalaid.api.AdvanceReviewInput;
import cn.daxiang.justice.legalaid.api.AssignInput;
import cn.daxiang.justice.legalaid.api.CaseView;
import cn.daxiang.justice.legalaid.api.CloseInput;
import cn.daxiang.justice.legalaid.api.FollowUpInput;
import cn.daxiang.justice.legalaid.api.FollowUpView;
import cn.daxiang.justice.legalaid.api.HearingInput;
import cn.daxiang.justice.legalaid.api.ReviewInput;
import cn.daxiang.justice.legalaid.api.ReviewView;
import cn.daxiang.justice.legalaid.api.SubsidyView;
import cn.daxiang.justice.legalaid.api.TerminateInput;
import cn.daxiang.justice.legalaid.domain.CaseCategory;
import cn.daxiang.justice.legalaid.domain.CaseStatus;
import cn.daxiang.justice.legalaid.domain.LegalAidCase;
import cn.daxiang.justice.legalaid.service.CaseService;
import cn.daxiang.justice.legalaid.service.CaseSubsidies;
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

@Path("/api/v1/legal-aid/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "cases", description = "法律援助案件（指派、听庭、结案、终止、质量评查、回访） / legal aid cases")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
public class CaseResource {

    @Context
    UriInfo uri;

    @Inject
    Instruments instruments;

    @Inject
    CaseService cases;

    @Inject
    CaseSubsidies subsidies;

    @GET
    @Operation(operationId = "listCases", summary = "List cases in the caller's scope / 查询法律援助案件")
    public PageResult<CaseView> list(
            @Parameter(description = "Org unit; includes every unit below it / 机构代码（含下级）") @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "ACCEPTED 已受理 | ASSIGNED 已指派 | CLOSED 已结案 | TERMINATED 已终止") @QueryParam("status") CaseStatus status,
            @Parameter(description = "CIVIL 民事 | CRIMINAL 刑事 | ADMINISTRATIVE 行政 | PLEA_WITNESS 认罪认罚见证") @QueryParam("category") CaseCategory category,
            @Parameter(description = "承办人员") @QueryParam("providerId") UUID providerId,
            @Parameter(description = "受理日期起 (YYYY-MM-DD)") @QueryParam("acceptedFrom") LocalDate acceptedFrom,
            @Parameter(description = "受理日期止 (YYYY-MM-DD)") @QueryParam("acceptedTo") LocalDate acceptedTo,
            @BeanParam PersonQuery applicant,
            @Valid @BeanParam PageRequest page) {
        return cases.list(orgUnit, status, category, providerId, acceptedFrom, acceptedTo, applicant, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCase", summary = "Read one case / 查看法律援助案件")
    @APIResponse(responseCode = "200", description = "The case")
    public CaseView get(@PathParam("id") UUID id) {
        return cases.get(id);
    }

    @GET
    @Path("/{id}/subsidy")
    @Operation(operationId = "getCaseSubsidy", summary = "What a closed case's provider is owed / 办案补贴",
            description = "The rate of the closing year for the case's category and complexity (or the general rate), times the "
                    + "share its last quality review allows (a FAILED last review: `platform.legalaid.subsidy.failed-review-share`, "
                    + "default 0); once in a payment, the amount frozen then.")
    @APIResponse(responseCode = "200", description = "The subsidy")
    @APIResponse(responseCode = "409", description = "The case is not closed / 未结案")
    public SubsidyView subsidy(@PathParam("id") UUID id) {
        return subsidies.of(id);
    }

    @POST
    @Path("/{id}/assign")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "assignCase", summary = "Assign a provider / 指派",
            description = "While ACCEPTED or ASSIGNED (re-assignment). Complex cases only to senior providers (409).")
    @APIResponse(responseCode = "200", description = "Assigned")
    @APIResponse(responseCode = "400", description = "Invalid input or unknown provider / 输入不合规")
    @APIResponse(responseCode = "409", description = "Case not open, or complex case to a non-senior provider / 状态不允许")
    public CaseView assign(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull AssignInput input) {
        return cases.assign(id, ifMatch, input);
    }

    @POST
    @Path("/{id}/hearing")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "recordCaseHearing", summary = "Record a hearing attended / 听庭", description = "Only an ASSIGNED case.")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "409", description = "Not assigned / 状态不允许")
    public CaseView hearing(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull HearingInput input) {
        return cases.hearing(id, ifMatch, input);
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "closeCase", summary = "Close a case / 结案", description = "Only an ASSIGNED case.")
    @APIResponse(responseCode = "200", description = "Closed")
    @APIResponse(responseCode = "409", description = "Not assigned / 状态不允许")
    public CaseView close(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull CloseInput input) {
        return cases.close(id, ifMatch, input);
    }

    @POST
    @Path("/{id}/terminate")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "terminateCase", summary = "Terminate legal aid / 终止", description = "Only an open (ACCEPTED or ASSIGNED) case.")
    @APIResponse(responseCode = "200", description = "Terminated")
    @APIResponse(responseCode = "409", description = "Already closed or terminated / 状态不允许")
    public CaseView terminate(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull TerminateInput input) {
        return cases.terminate(id, ifMatch, input);
    }

    @POST
    @Path("/{id}/advance-review")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "reviewAdvanceAid", summary = "Review aid given in advance / 先行援助审查",
            description = "Once, on an open case accepted with an advance ground (法律援助法第四十四条): CONFIRMED keeps the aid; "
                    + "REFUSED (with a reason) terminates the case with reason ADVANCE_AID_REFUSED.")
    @APIResponse(responseCode = "200", description = "Reviewed")
    @APIResponse(responseCode = "409", description = "Not an advance case, already reviewed, or closed / 状态不允许")
    public CaseView reviewAdvance(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull AdvanceReviewInput input) {
        return cases.reviewAdvance(id, ifMatch, input);
    }

    @POST
    @Path("/{id}/reviews")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "createCaseReview", summary = "Record a quality review / 登记质量评查",
            description = "On an ASSIGNED or CLOSED case; a FAILED review must list the required fixes. "
                    + "A closed case counts as qualified when its last review passed.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "409", description = "Case not assigned or closed, or the id exists / 状态不允许")
    public RestResponse<ReviewView> addReview(@PathParam("id") UUID id, @Valid @NotNull ReviewInput input) {
        return Created.at(uri, cases.addReview(id, input));
    }

    @GET
    @Path("/{id}/reviews")
    @Operation(operationId = "listCaseReviews", summary = "Reviews of a case, oldest first / 案件质量评查记录")
    public PageResult<ReviewView> reviews(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return cases.reviews(id, page);
    }

    @POST
    @Path("/{id}/follow-ups")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "createCaseFollowUp", summary = "Record a follow-up call / 登记回访", description = "On an ASSIGNED or CLOSED case.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = FollowUpView.class)))
    @APIResponse(responseCode = "409", description = "Case not assigned or closed, or the id exists / 状态不允许")
    public RestResponse<FollowUpView> addFollowUp(@PathParam("id") UUID id, @Valid @NotNull FollowUpInput input) {
        return Created.at(uri, cases.addFollowUp(id, input));
    }

    @GET
    @Path("/{id}/follow-ups")
    @Operation(operationId = "listCaseFollowUps", summary = "Follow-ups of a case / 案件回访记录")
    public PageResult<FollowUpView> followUps(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return cases.followUps(id, page);
    }

    @POST
    @Path("/{id}/instruments/{kind}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "issueCaseInstrument", summary = "Issue a formal instrument of the case / 出具案件文书",
            description = InstrumentResponses.ISSUE)
    @APIResponse(responseCode = "201", description = "Issued", content = @Content(schema = @Schema(implementation = InstrumentView.class)))
    @APIResponse(responseCode = "200", description = "Issued before", content = @Content(schema = @Schema(implementation = InstrumentView.class)))
    @APIResponse(responseCode = "409", description = "Not in the state the instrument needs / 状态不允许")
    public Response issueInstrument(@PathParam("id") UUID id,
                                    @Parameter(description = "assign 指派通知书") @PathParam("kind") String kind) {
        return InstrumentResponses.issued(instruments.issue(LegalAidCase.class, kind,
                () -> cases.load(id, LockModeType.PESSIMISTIC_WRITE), uri.getAbsolutePath()));
    }

    @GET
    @Path("/{id}/instruments/{kind}")
    @Produces({InstrumentResponses.PDF, InstrumentResponses.DOCX, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "getCaseInstrument", summary = "The instrument as DOCX or PDF / 下载案件文书",
            description = InstrumentResponses.READ)
    @APIResponse(responseCode = "200", description = "The document", content = {
            @Content(mediaType = InstrumentResponses.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = InstrumentResponses.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response instrument(@PathParam("id") UUID id,
                               @Parameter(description = "assign 指派通知书") @PathParam("kind") String kind,
                               @Parameter(description = "docx | pdf") @QueryParam("format") String format,
                               @HeaderParam("Accept") String accept) {
        return InstrumentResponses.document(instruments.document(LegalAidCase.class, kind, () -> cases.load(id, LockModeType.NONE),
                InstrumentFormat.of(format, accept), uri.getPath(), "getCaseInstrument"));
    }
}
