package cn.daxiang.justice.legalaid.rest;

import cn.daxiang.justice.kit.clock.TasksResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The legal aid to-do list: applications to review (APPLICATION_REVIEW), cases to assign after the decision
 * (CASE_ASSIGNMENT) or after a notice (NOTICE_ASSIGNMENT), in the caller's scope by due date.
 */
@Path("/api/v1/legal-aid/tasks")
@Tag(name = "legal-aid-tasks", description = "法律援助待办事项（法定期限：审查申请、指派） / legal aid to-do list by statutory due date")
public class LegalAidTasksResource extends TasksResource {
}
