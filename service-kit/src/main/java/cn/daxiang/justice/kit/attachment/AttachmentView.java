package cn.daxiang.justice.kit.attachment;

import cn.daxiang.justice.kit.accesslog.PersonalData;
import cn.daxiang.justice.kit.rest.Identified;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * A file attached to a record, without its content ({@code downloadUrl} fetches it). Title and file name may name
 * persons: in bulk reads the policy masks they are withheld ({@code ***}, the file name keeping its extension).
 */
@PersonalData(linkedRecords = "recordId")
@Schema(name = "Attachment", description = "附件（不含文件内容）/ a file attached to a record, metadata only")
public record AttachmentView(
        UUID id,
        String orgUnit,
        long version,
        @Schema(description = "The entity type of the record, e.g. Subject") String recordType,
        UUID recordId,
        @Schema(description = "Kind code of the line, e.g. JUDGMENT") String kind,
        @Schema(description = "Kind in Chinese, e.g. 判决书") String kindLabel,
        @Schema(description = "Title; withheld (***) where the policy masks") String title,
        @Schema(description = "Original file name; withheld but for its extension where the policy masks") String fileName,
        @Schema(description = "Type read from the bytes, e.g. application/pdf") String contentType,
        @Schema(description = "Bytes") long size,
        @Schema(description = "SHA-256 of the content, lower-case hex; also the download's ETag") String sha256,
        String uploadedBy,
        Instant uploadedAt,
        @Schema(description = "Path of the content, e.g. /api/v1/corrections/subjects/{id}/attachments/{aid}/content") String downloadUrl)
        implements Identified {
}
