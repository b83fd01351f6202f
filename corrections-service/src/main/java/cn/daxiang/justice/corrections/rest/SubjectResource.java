package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.api.HandoverInput;
import cn.daxiang.justice.corrections.api.LevelChangeInput;
import cn.daxiang.justice.corrections.api.LevelView;
import cn.daxiang.justice.corrections.api.ReleaseInput;
import cn.daxiang.justice.corrections.api.ResettlementView;
import cn.daxiang.justice.corrections.api.ScoreInput;
import cn.daxiang.justice.corrections.api.ScoreView;
import cn.daxiang.justice.corrections.api.SubjectFileView;
import cn.daxiang.justice.corrections.api.SubjectInput;
import cn.daxiang.justice.corrections.api.SubjectView;
import cn.daxiang.justice.corrections.api.TerminateInput;
import cn.daxiang.justice.corrections.api.ViolationInput;
import cn.daxiang.justice.corrections.api.ViolationView;
import cn.daxiang.justice.corrections.domain.Subject;
import cn.daxiang.justice.corrections.domain.SubjectStatus;
import cn.daxiang.justice.corrections.domain.SubjectType;
import cn.daxiang.justice.corrections.domain.SupervisionLevel;
import cn.daxiang.justice.corrections.service.ResettlementService;
import cn.daxiang.justice.corrections.service.SubjectService;
import cn.daxiang.justice.kit.document.InstrumentFormat;
import cn.daxiang.justice.kit.document.InstrumentResponses;
import cn.daxiang.justice.kit.document.InstrumentView;
import cn.daxiang.justice.kit.document.Instruments;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.rest.Created;
import cn.daxiang.justice.kit.security.Roles;
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

@Path("/api/v1/corrections/subjects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "subjects", description = "社区矫正对象 / community corrections subjects, their life cycle and file")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
public class SubjectResource {

    @Context
    UriInfo uri;

    @Inject
    Instruments instruments;

    @Inject
    SubjectService subjects;

    @Inject
    ResettlementService resettlement;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "createSubject", summary = "Register the intake of a subject / 登记接收社区矫正对象")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = SubjectView.class)))
    @APIResponse(responseCode = "409", description = "The id exists already, or the person is in correction / 编号已存在或该人员正在矫正")
    public RestResponse<SubjectView> create(@Valid @NotNull SubjectInput input) {
        return Created.at(uri, subjects.create(input));
    }

    @GET
    @Operation(operationId = "listSubjects", summary = "List subjects in the caller's scope / 查询社区矫正对象")
    @APIResponse(responseCode = "200", description = "One page; ID numbers masked")
    public PageResult<SubjectView> list(
            @Parameter(description = "Org unit; includes every unit below it / 机构代码（含下级）") @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "IN_CORRECTION 在矫 | RELEASED 解除 | TERMINATED 终止") @QueryParam("status") SubjectStatus status,
            @Parameter(description = "CONTROL 管制 | PROBATION 缓刑 | PAROLE 假释 | OUTSIDE_PRISON 暂予监外执行") @QueryParam("type") SubjectType type,
            @Parameter(description = "STRICT 严管 | NORMAL 普管 | LENIENT 宽管") @QueryParam("supervisionLevel") SupervisionLevel level,
            @Parameter(description = "Intake on or after / 接收日期起") @QueryParam("intakeFrom") LocalDate intakeFrom,
            @Parameter(description = "Intake on or before / 接收日期止") @QueryParam("intakeTo") LocalDate intakeTo,
            @BeanParam PersonQuery person,
            @Valid @BeanParam PageRequest page) {
        return subjects.list(orgUnit, status, type, level, intakeFrom, intakeTo, person, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSubject", summary = "Read one subject / 查看社区矫正对象")
    @APIResponse(responseCode = "200", description = "The subject")
    public SubjectView get(@PathParam("id") UUID id) {
        return subjects.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "updateSubject", summary = "Correct a subject's record / 修改社区矫正对象",
            description = "Status and level change only through the actions. Send the version in `version` or `If-Match`; a stale one answers 412.")
    public SubjectView update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull SubjectInput input) {
        return subjects.update(id, ifMatch, input);
    }

    @POST
    @Path("/{id}/release")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "releaseSubject", summary = "Release from correction / 解除矫正")
    @APIResponse(responseCode = "200", description = "Released")
    @APIResponse(responseCode = "409", description = "Already released or terminated / 已解除或终止")
    public SubjectView release(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ReleaseInput input) {
        return subjects.release(id, ifMatch, input);
    }

    @POST
    @Path("/{id}/terminate")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "terminateSubject", summary = "Terminate correction / 终止矫正")
    @APIResponse(responseCode = "200", description = "Terminated")
    @APIResponse(responseCode = "409", description = "Already released or terminated / 已解除或终止")
    public SubjectView terminate(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull TerminateInput input) {
        return subjects.terminate(id, ifMatch, input);
    }

    @POST
    @Path("/{id}/level")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "changeSubjectLevel", summary = "Change the supervision level / 调整管理等级")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "409", description = "Already released or terminated / 已解除或终止")
    public SubjectView level(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull LevelChangeInput input) {
        return subjects.changeLevel(id, ifMatch, input);
    }

    @GET
    @Path("/{id}/levels")
    @Operation(operationId = "listSubjectLevels", summary = "Supervision-level history / 管理等级变更记录")
    @APIResponse(responseCode = "200", description = "One page, oldest first")
    public PageResult<LevelView> levels(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return subjects.levels(id, page);
    }

    @POST
    @Path("/{id}/violations")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "createViolation", summary = "Record a violation / 登记违规")
    public RestResponse<ViolationView> addViolation(@PathParam("id") UUID id, @Valid @NotNull ViolationInput input) {
        return Created.at(uri, subjects.addViolation(id, input));
    }

    @PUT
    @Path("/{id}/violations/{violationId}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "updateViolation", summary = "Correct a violation / 修改违规记录",
            description = "Send the violation's version in `version` or `If-Match`; a stale one answers 412.")
    public ViolationView updateViolation(@PathParam("id") UUID id, @PathParam("violationId") UUID violationId,
                                    @HeaderParam("If-Match") String ifMatch,
                                    @Valid @NotNull ViolationInput input) {
        return subjects.updateViolation(id, violationId, ifMatch, input);
    }

    @GET
    @Path("/{id}/violations")
    @Operation(operationId = "listViolations", summary = "A subject's violations / 违规记录")
    public PageResult<ViolationView> violations(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return subjects.violations(id, page);
    }

    @POST
    @Path("/{id}/scores")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "createScore", summary = "Record a monthly assessment score / 登记日常考核")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ScoreView.class)))
    @APIResponse(responseCode = "409", description = "That month is scored already / 该月已登记")
    public RestResponse<ScoreView> addScore(@PathParam("id") UUID id, @Valid @NotNull ScoreInput input) {
        return Created.at(uri, subjects.addScore(id, input));
    }

    @PUT
    @Path("/{id}/scores/{scoreId}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "updateScore", summary = "Correct a monthly score / 修改日常考核",
            description = "Send the score's version in `version` or `If-Match`; a stale one answers 412.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "409", description = "That month is scored already / 该月已登记")
    public ScoreView updateScore(@PathParam("id") UUID id, @PathParam("scoreId") UUID scoreId,
                                @HeaderParam("If-Match") String ifMatch,
                                @Valid @NotNull ScoreInput input) {
        return subjects.updateScore(id, scoreId, ifMatch, input);
    }

    @GET
    @Path("/{id}/scores")
    @Operation(operationId = "listScores", summary = "A subject's monthly scores / 日常考核记录")
    public PageResult<ScoreView> scores(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return subjects.scores(id, page);
    }

    @GET
    @Path("/{id}/file")
    @Operation(operationId = "getSubjectFile", summary = "One file per person / 一人一档",
            description = "The subject with its level history, violations, scores, education attendance, remote visits and resettlement link.")
    @APIResponse(responseCode = "200", description = "The file")
    public SubjectFileView file(@PathParam("id") UUID id) {
        return subjects.file(id);
    }

    @POST
    @Path("/{id}/resettlement")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "handOverSubjectToResettlement", summary = "Hand a released subject over to resettlement / 解除矫正人员移交安置帮教",
            description = "Creates the resettlement record (source CORRECTION_RELEASE) from the subject, linked to it.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ResettlementView.class)))
    @APIResponse(responseCode = "409", description = "Not released, or handed over already / 未解除矫正或已移交")
    public RestResponse<ResettlementView> handOver(@PathParam("id") UUID id, @Valid @NotNull HandoverInput input) {
        return Created.in(uri, ResettlementResource.class, resettlement.handOver(id, input));
    }

    @POST
    @Path("/{id}/instruments/{kind}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "issueSubjectInstrument", summary = "Issue a formal instrument of the subject / 出具社区矫正对象文书",
            description = InstrumentResponses.ISSUE)
    @APIResponse(responseCode = "201", description = "Issued", content = @Content(schema = @Schema(implementation = InstrumentView.class)))
    @APIResponse(responseCode = "200", description = "Issued before", content = @Content(schema = @Schema(implementation = InstrumentView.class)))
    @APIResponse(responseCode = "409", description = "Not in the state the instrument needs / 状态不允许")
    public Response issueInstrument(@PathParam("id") UUID id,
                                    @Parameter(description = "announcement 社区矫正宣告书 | release 解除社区矫正证明书") @PathParam("kind") String kind) {
        return InstrumentResponses.issued(instruments.issue(Subject.class, kind,
                () -> subjects.load(id, LockModeType.PESSIMISTIC_WRITE), uri.getAbsolutePath()));
    }

    @GET
    @Path("/{id}/instruments/{kind}")
    @Produces({InstrumentResponses.PDF, InstrumentResponses.DOCX, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "getSubjectInstrument", summary = "The instrument as DOCX or PDF / 下载社区矫正对象文书",
            description = InstrumentResponses.READ)
    @APIResponse(responseCode = "200", description = "The document", content = {
            @Content(mediaType = InstrumentResponses.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = InstrumentResponses.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response instrument(@PathParam("id") UUID id,
                               @Parameter(description = "announcement 社区矫正宣告书 | release 解除社区矫正证明书") @PathParam("kind") String kind,
                               @Parameter(description = "docx | pdf") @QueryParam("format") String format,
                               @HeaderParam("Accept") String accept) {
        return InstrumentResponses.document(instruments.document(Subject.class, kind, () -> subjects.load(id, LockModeType.NONE),
                InstrumentFormat.of(format, accept), uri.getPath(), "getSubjectInstrument"));
    }
}
