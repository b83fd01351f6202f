package cn.daxiang.justice.kit.testapp;

import cn.daxiang.justice.kit.clock.TasksResource;
import jakarta.ws.rs.Path;

/** How a line publishes its to-do list: an empty subclass with its path. */
@Path("/test/tasks")
public class SampleTasksResource extends TasksResource {
}
