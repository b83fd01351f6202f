package cn.daxiang.justice.kit.accesslog;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.Instant;
import java.util.UUID;

/** The filters of {@code GET /api/v1/{line}/access-log} ({@code @BeanParam}); each is optional. */
public class AccessLogQuery {

    @QueryParam("recordId")
    @Parameter(description = "Rows that read this record, or a record belonging to this person record / 被访问记录编号（含属于该人员的记录）")
    public UUID recordId;

    @QueryParam("user")
    @Size(max = 200, message = "用户标识不能超过200个字符")
    @Parameter(description = "The reader's token subject, exact / 访问用户（令牌 sub）")
    public String user;

    @QueryParam("from")
    @Parameter(description = "At or after this instant (ISO-8601, e.g. 2026-12-01T00:00:00+08:00) / 起始时间（含）")
    public Instant from;

    @QueryParam("to")
    @Parameter(description = "Before this instant (ISO-8601) / 截止时间（不含）")
    public Instant to;
}
