package cn.daxiang.justice.kit.accesslog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One row of the access log as the district admin reads it: ids only, never the data read. */
@Schema(name = "AccessLogEntry", description = "个人信息访问记录 / one read of personal records")
public record AccessLogView(
        @Schema(description = "Row number / 记录序号") long id,
        @Schema(description = "When the answer was given / 访问时间") Instant occurredAt,
        @Schema(description = "The token's subject / 访问用户") String user,
        @Schema(description = "The token's roles / 用户角色") List<String> roles,
        @Schema(description = "The org unit the caller acted for / 用户所属机构", nullable = true) String orgUnit,
        @Schema(description = "X-Request-Id of the request / 请求编号", nullable = true) String requestId,
        @Schema(description = "HTTP method / 请求方法") String method,
        @Schema(description = "Request path without query / 请求路径") String path,
        @Schema(description = "Operation id of the API / 接口") String operation,
        @Schema(description = "Ids of the records read and of the person records they belong to / 被访问记录编号")
        List<UUID> recordIds,
        @Schema(description = "What a search for persons searched by (name, idNumber), never the value searched for; null for a read without one / 检索方式",
                nullable = true) List<String> search) {

    static AccessLogView of(AccessLogEntry e) {
        return new AccessLogView(e.id, e.occurredAt, e.actor, List.of(e.actorRoles), e.actorOrgUnit, e.requestId,
                e.httpMethod, e.path, e.operation, List.of(e.recordIds),
                e.search == null ? null : List.of(e.search));
    }
}
