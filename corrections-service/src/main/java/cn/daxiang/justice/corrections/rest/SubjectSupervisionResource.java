package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.api.SupervisionRecordInput;
import cn.daxiang.justice.corrections.api.SupervisionRecordView;
import cn.daxiang.justice.corrections.service.SupervisionRecordService;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.rest.Created;
import cn.daxiang.justice.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/** A subject's supervision records: recorded and listed under the subject, read and corrected at {@code supervision-records/{id}}. */
@Path("/api/v1/corrections/subjects/{id}/supervision-records")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
@Tag(name = "supervision-records")
public class SubjectSupervisionResource {

    @Context
    UriInfo uri;

    @Inject
    SupervisionRecordService service;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "createSupervisionRecord", summary = "Record a supervision activity / 登记监督管理记录",
            description = "In the subject's org unit. The date is not in the future, within the correction: from the intake day "
                    + "to the release or termination.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = SupervisionRecordView.class)))
    public RestResponse<SupervisionRecordView> create(@PathParam("id") UUID id, @Valid @NotNull SupervisionRecordInput input) {
        return Created.in(uri, SupervisionRecordResource.class, service.create(id, input));
    }

    @GET
    @Operation(operationId = "listSubjectSupervisionRecords", summary = "A subject's supervision records / 对象的监督管理记录")
    public PageResult<SupervisionRecordView> list(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.ofSubject(id, page);
    }
}
