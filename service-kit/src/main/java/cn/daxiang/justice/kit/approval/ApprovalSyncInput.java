package cn.daxiang.justice.kit.approval;

import cn.daxiang.justice.kit.sync.SyncInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/**
 * What an upload of a request would carry. Requests are opened by their records' actions and decided through the
 * approvals API, so the resource serves its change feed and refuses every upload.
 */
@Schema(name = "ApprovalSyncInput", description = "审批申请（同步）：仅提供变更订阅，上传一律拒绝 / feed only; uploads are refused")
public record ApprovalSyncInput(
        @Schema(description = "Client-supplied id") UUID id,
        @Schema(description = "The version the record is based on") Long version) implements SyncInput {
}
