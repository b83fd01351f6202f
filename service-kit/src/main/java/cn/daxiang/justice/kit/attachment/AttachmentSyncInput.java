package cn.daxiang.justice.kit.attachment;

import cn.daxiang.justice.kit.sync.SyncInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** What an upload of an attachment would carry: files come through their record's attachments API, so sync refuses it. */
@Schema(name = "AttachmentSyncInput", description = "附件（同步）：仅提供变更订阅（元数据），文件经记录的附件接口上传 / feed only; uploads are refused")
public record AttachmentSyncInput(
        @Schema(description = "Client-supplied id") UUID id,
        @Schema(description = "The version the record is based on") Long version) implements SyncInput {
}
