package cn.daxiang.justice.legalaid.sync;

import cn.daxiang.justice.kit.sync.SyncInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/**
 * What an upload of a district record (a subsidy rate, a subsidy payment) would carry. They are written through the API
 * (rates by the district, payments by their request and approval), so the resources serve their change feed only.
 */
@Schema(name = "DistrictRecordSyncInput", description = "区局业务记录（同步）：仅提供变更订阅，上传一律拒绝 / feed only; uploads are refused")
public record DistrictRecordSyncInput(
        @Schema(description = "Client-supplied id") UUID id,
        @Schema(description = "The version the record is based on") Long version) implements SyncInput {
}
