package cn.daxiang.justice.kit.sync;

import cn.daxiang.justice.kit.problem.FieldError;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * One record's result, in the order of the upload. {@code current} is the server's record on a
 * conflict ({@code deleted} true when it was deleted); a rejected record names its field errors.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One record's result, in upload order / 单条记录结果", requiredProperties = {"status"})
public record SyncResult(UUID id, SyncStatus status, Long version, Boolean deleted, List<FieldError> errors,
                         // typed per resource in each path of the contract (SyncContract), not here
                         @Schema(hidden = true) Object current) {

    /** This result as an idempotency key keeps it: without the server's record, which holds personal data. */
    SyncResult withoutRecord() {
        return current == null ? this : new SyncResult(id, status, version, deleted, errors, null);
    }

    static SyncResult rejected(UUID id, List<FieldError> errors) {
        return new SyncResult(id, SyncStatus.REJECTED, null, null, errors, null);
    }

    static SyncResult rejected(UUID id, String field, String message) {
        return rejected(id, List.of(new FieldError(field, message)));
    }
}
