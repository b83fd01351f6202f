package cn.daxiang.justice.mediation.sync;

import cn.daxiang.justice.kit.sync.SyncInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/**
 * What an upload of a payment batch would carry. A batch is drawn up from the server's own computation and decided
 * through approvals, so the resource serves its change feed and refuses every upload.
 */
@Schema(name = "RewardPaymentSyncInput", description = "以奖代补发放批次（同步）：仅提供变更订阅，上传一律拒绝 / feed only; uploads are refused")
public record RewardPaymentSyncInput(
        @Schema(description = "Client-supplied id") UUID id,
        @Schema(description = "The version the record is based on") Long version) implements SyncInput {
}
