package cn.daxiang.justice.legalaid.rest;

import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.rest.Created;
import cn.daxiang.justice.kit.security.Roles;
import cn.daxiang.justice.legalaid.api.PayInput;
import cn.daxiang.justice.legalaid.api.SubsidyPaymentInput;
import cn.daxiang.justice.legalaid.api.SubsidyPaymentView;
import cn.daxiang.justice.legalaid.api.SubsidyView;
import cn.daxiang.justice.legalaid.domain.SubsidyPaymentStatus;
import cn.daxiang.justice.legalaid.service.CaseSubsidies;
import cn.daxiang.justice.legalaid.service.SubsidyPaymentService;
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

import java.time.LocalDate;
import java.util.UUID;

/** Case subsidies owed and their payments (办案补贴发放), approved through the line's approvals. */
@Path("/api/v1/legal-aid/subsidy-payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "subsidies", description = "办案补贴：应发补贴与发放记录（经审批后发放） / case subsidies owed and paid")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
public class SubsidyPaymentResource {

    @Context
    UriInfo uri;

    @Inject
    SubsidyPaymentService payments;

    @Inject
    CaseSubsidies subsidies;

    @GET
    @Path("/due")
    @Operation(operationId = "listSubsidiesDue", summary = "Closed cases' subsidies not yet in a payment / 待发放办案补贴",
            description = "The closed cases of the caller's scope that no payment holds, oldest closing first, each with what it is "
                    + "owed (state DUE; WITHHELD after a failed review; NO_RATE without a rate for its year). Filter by provider to "
                    + "see what a provider is owed.")
    public PageResult<SubsidyView> unpaid(
            @Parameter(description = "Org unit; includes every unit below it / 机构代码（含下级）") @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "承办人员") @QueryParam("providerId") UUID providerId,
            @Parameter(description = "结案日期起 (YYYY-MM-DD)") @QueryParam("closedFrom") LocalDate closedFrom,
            @Parameter(description = "结案日期止 (YYYY-MM-DD)") @QueryParam("closedTo") LocalDate closedTo,
            @Valid @BeanParam PageRequest page) {
        return subsidies.unpaid(orgUnit, providerId, closedFrom, closedTo, page);
    }

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "requestSubsidyPayment", summary = "Request the payment of closed cases' subsidies / 申请发放办案补贴",
            description = "One provider's closed cases in the requesting unit, each at what it is owed now (frozen). Opens the "
                    + "approval SUBSIDY_PAYMENT: a township office's request is reviewed by the office, then decided by the district; "
                    + "the district's own by the district. A case already in a payment that was not rejected answers 409.")
    @APIResponse(responseCode = "201", description = "Requested", content = @Content(schema = @Schema(implementation = SubsidyPaymentView.class)))
    @APIResponse(responseCode = "409", description = "A case not closed, already in a payment, withheld or without a rate / 不能申请")
    public RestResponse<SubsidyPaymentView> create(@Valid @NotNull SubsidyPaymentInput input) {
        return Created.at(uri, payments.create(input));
    }

    @GET
    @Operation(operationId = "listSubsidyPayments", summary = "Subsidy payments in the caller's scope / 办案补贴发放记录")
    public PageResult<SubsidyPaymentView> list(
            @Parameter(description = "Org unit; includes every unit below it / 机构代码（含下级）") @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "法律援助人员") @QueryParam("providerId") UUID providerId,
            @Parameter(description = "PENDING 审批中 | APPROVED 已批准 | REJECTED 未批准 | PAID 已发放") @QueryParam("status") SubsidyPaymentStatus status,
            @Valid @BeanParam PageRequest page) {
        return payments.list(orgUnit, providerId, status, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSubsidyPayment", summary = "One subsidy payment / 查看办案补贴发放记录")
    @APIResponse(responseCode = "200", description = "The payment")
    public SubsidyPaymentView get(@PathParam("id") UUID id) {
        return payments.get(id);
    }

    @POST
    @Path("/{id}/pay")
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(operationId = "paySubsidyPayment", summary = "Record that an approved payment was paid / 登记补贴发放",
            description = "By the legal aid centre (district-admin), once, on an APPROVED payment: 409 before approval and after "
                    + "payment. `paidOn` is not before the request, not before the approval's day (`approvedOn`) and not in the "
                    + "future (Asia/Shanghai): 400 naming `paidOn`, nothing stored. Send the version in `version` or `If-Match`.")
    @APIResponse(responseCode = "200", description = "Paid")
    @APIResponse(responseCode = "400", description = "Paid before the request or the approval, or in the future / 发放日期有误")
    @APIResponse(responseCode = "409", description = "Not approved, or already paid / 未批准或已发放")
    public SubsidyPaymentView pay(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull PayInput input) {
        return payments.pay(id, ifMatch, input);
    }
}
