package cn.daxiang.justice.kit.clock;

import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.Problem;
import cn.daxiang.justice.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A line's to-do list: the statutory items of the caller's scope by due date. A line declares an
 * empty subclass with its {@code @Path} ({@code /api/v1/<line>/tasks}) and {@code @Tag}.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class TasksResource {

    @Inject
    protected TaskList tasks;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
    @Operation(operationId = "kit.tasks", summary = "To-do list of statutory items / 待办事项（法定期限）",
            description = "The items of the caller's scope (a township its own, the district all; an orgUnit filter narrows it, never "
                    + "widens it), open ones by default, earliest due "
                    + "date first (unknown due dates last); each names its record, its legal basis and its due date. State is read "
                    + "today in Asia/Shanghai: DUE_SOON from the item's reminder date, OVERDUE after the due date.")
    @APIResponse(responseCode = "200", description = "A page of items")
    @APIResponse(responseCode = "400", description = "Invalid filter / 参数不合规",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed / 无权限",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResult<Task> list(@BeanParam TaskFilter filter, @Valid @BeanParam PageRequest page) {
        return tasks.page(filter, page);
    }
}
