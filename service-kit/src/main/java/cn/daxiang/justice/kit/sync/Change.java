package cn.daxiang.justice.kit.sync;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** One change of the feed: the record as it is now, or a deletion ({@code record} null). */
@Schema(description = "One change; `record` is null for a deletion / 一条变更", requiredProperties = {"id", "version", "deleted"})
public record Change(UUID id, long version, boolean deleted,
                     // typed per resource in each path of the contract (SyncContract), not here
                     @Schema(hidden = true) Object record) {
}
