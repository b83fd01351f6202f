package cn.daxiang.justice.mediation.rest;

import cn.daxiang.justice.kit.clock.TasksResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The line's to-do list: disputes to conclude and agreements to bring to court (the kit's list over {@code MediationDeadlines}). */
@Path("/api/v1/mediation/tasks")
@Tag(name = "mediation-tasks", description = "人民调解待办事项 / the mediation line's statutory to-do list")
public class MediationTasksResource extends TasksResource {
}
