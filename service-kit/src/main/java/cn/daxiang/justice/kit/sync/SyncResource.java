package cn.daxiang.justice.kit.sync;

import cn.daxiang.justice.kit.problem.Problem;
import cn.daxiang.justice.kit.security.Roles;
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

/**
 * The township sync endpoint of a line (see conventions, "Sync"): batch upsert and the change feed
 * over {@link SyncEndpoint}. A line declares an empty subclass with its {@code @Path} and
 * {@code @Tag}; the roles are the same for every line and sit on the methods, where the security
 * check and the contract both see them. The contract's per-resource paths and operation ids come
 * from the kit's OpenAPI filter (SyncContract) and the line's {@code x-sync-resources}.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class SyncResource {

    // Per method: the scanner does not carry a superclass's class-level responses to its subclasses.
    static final String BAD_REQUEST = "Malformed body, cursor or limit / 请求不合规";

    @Inject
    protected SyncEndpoint sync;

    @POST
    @Path("/{resource}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "kit.sync.upload", summary = "Upload a batch of records / 批量上传（按id新增或修改）",
            description = "Body `{\"records\": [...]}`, at most 1000 records, each the resource's API input with a client-supplied "
                    + "`id`, the `version` it is based on (absent for a new record) and optionally `deleted: true`. Each record "
                    + "is validated exactly as the resource's own API does and answered in order: CREATED, UPDATED, UNCHANGED "
                    + "(a replay), CONFLICT (based on an old version; `current` holds the server's record) or REJECTED with "
                    + "field errors. Life-cycle actions are not sync operations. The same "
                    + "`Idempotency-Key` with the same body returns the stored answer for 24 hours.")
    // The body, the answer and the path are typed per resource from META-INF/openapi.yaml (kit: SyncContract).
    @RequestBody(required = true)
    @APIResponse(responseCode = "200", description = "One result per record, in order, and a summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SyncBatchResponse.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A request with this Idempotency-Key is still running / 同一幂等键的请求仍在处理",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More than 1000 records / 超过每批1000条",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body / 幂等键已用于其他请求体",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upload(
            @PathParam("resource") String resource,
            @Parameter(description = "Optional idempotency key (IETF draft), 1-200 visible ASCII characters; kept 24 h per caller")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            String body) throws JsonProcessingException {
        return sync.upload(resource, body, idempotencyKey);
    }

    @GET
    @Path("/{resource}/changes")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
    @Operation(operationId = "kit.sync.changes", summary = "Changes after a cursor / 增量变更",
            description = "Every change in the caller's scope after the cursor, in commit order, deletions included "
                    + "(`deleted: true`, `record` null). Pull with `nextCursor` until `changes` is empty for an exact mirror.")
    @APIResponse(responseCode = "200", description = "One page of changes and the next cursor",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangePage.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public ChangePage changes(
            @PathParam("resource") String resource,
            @Parameter(description = "The nextCursor of the previous page; absent for the beginning") @QueryParam("since") String since,
            @Parameter(description = "Changes per page, 1 to 1000 (default 100) / 每页变更条数",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "1000", defaultValue = "100"))
            @QueryParam("limit") Integer limit) {
        return sync.changes(resource, since, limit);
    }
}
