package cn.daxiang.justice.mediation.sync;

import cn.daxiang.justice.kit.problem.Problem;
import cn.daxiang.justice.kit.security.Roles;
import cn.daxiang.justice.kit.sync.ChangePage;
import cn.daxiang.justice.kit.sync.SyncBatchResponse;
import cn.daxiang.justice.kit.sync.SyncEndpoint;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Township sync of the mediation records: batch upsert and the change feed, over the kit's
 * protocol. Resources: committees, mediators, trainings, disputes (parties and assigned mediators inside the
 * record), screenings and follow-ups (created under a concluded dispute, never changed, as in the API).
 * Reward rates are set by the district, not by offices: they do not sync.
 */
@Path("/api/v1/mediation/sync")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "mediation-sync", description = "乡镇同步 / township sync: batch upload and change feed")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
public class SyncResource {

    @Inject
    SyncEndpoint sync;

    @POST
    @Path("/{resource}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "uploadMediationRecords",
            summary = "Upload a batch of mediation records / 批量上传调解数据",
            description = "Upserts `{\"records\": [...]}` (at most 1000) by client-supplied id. A record carries the "
                    + "`version` it was based on (absent when new) and may carry `deleted: true`. Each record is "
                    + "judged alone with the same validation, scope and audit as the resource's own API: "
                    + "CREATED, UPDATED, UNCHANGED, CONFLICT (with the server's current record) or REJECTED "
                    + "(with field errors). Resources: `committees`, `mediators`, `trainings`, `disputes`, `screenings`, `follow-ups`. Replaying a batch changes nothing. "
                    + "With `Idempotency-Key` the same key and body return the stored answer.")
    // The body, the answer and the path are typed per resource from META-INF/openapi.yaml (kit: SyncContract).
    @RequestBody(required = true)
    @APIResponse(responseCode = "200", description = "One result per record, in order, and a summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SyncBatchResponse.class)))
    @APIResponse(responseCode = "400", description = "The body is not {\"records\": [...]} / 请求体不合规",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A request with this Idempotency-Key is still running / 同一幂等键的请求正在处理",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More than 1000 records / 超过每批上限",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body / 幂等键对应的请求体不同",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upload(
            @PathParam("resource") String resource,
            @Parameter(description = "Client-chosen key (IETF Idempotency-Key draft); scoped to the caller, kept at least 24 h")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            String body) throws JsonProcessingException {
        return sync.upload(resource, body, idempotencyKey);
    }

    @GET
    @Path("/{resource}/changes")
    @Operation(operationId = "mediationChanges",
            summary = "Changes after a cursor / 增量变更",
            description = "Every change in the caller's scope after `since`, in commit order, deletions included "
                    + "as tombstones. Pull with `nextCursor` until `changes` is empty for an exact mirror.")
    @APIResponse(responseCode = "200", description = "One page of changes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangePage.class)))
    @APIResponse(responseCode = "400", description = "Invalid cursor or limit / 游标或条数不合规",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ChangePage changes(
            @PathParam("resource") String resource,
            @Parameter(description = "The nextCursor of the previous page; absent for the beginning") @QueryParam("since") String since,
            @Parameter(description = "Changes per page, 1 to 1000 (default 100) / 每页变更条数",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "1000", defaultValue = "100"))
            @QueryParam("limit") Integer limit) {
        return sync.changes(resource, since, limit);
    }
}
