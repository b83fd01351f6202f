package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.kit.clock.TasksResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The line's to-do list: the open statutory items of subjects, investigations and resettlement (CorrectionsDeadlines). */
@Path("/api/v1/corrections/tasks")
@Tag(name = "corrections-tasks", description = "待办事项 / statutory items due: report-in, investigations, release, contact after release")
public class CorrectionsTasksResource extends TasksResource {
}
