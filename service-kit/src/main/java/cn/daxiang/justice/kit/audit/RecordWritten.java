package cn.daxiang.justice.kit.audit;

import cn.daxiang.justice.kit.domain.AuditedRecord;

/**
 * Fired (synchronously, in the writing transaction) for every audited write, after its audit row:
 * what keeps data derived from records (their statutory items, their attachments) current without a hook per entity.
 * {@code moved}: the write took the record to another org unit.
 */
public record RecordWritten(String action, AuditedRecord record, boolean moved) {

    /** A write that left the record in its org unit. */
    public RecordWritten(String action, AuditedRecord record) {
        this(action, record, false);
    }

    public boolean isDeletion() {
        return AuditLog.DELETE.equals(action);
    }

    public boolean isCreation() {
        return AuditLog.CREATE.equals(action);
    }
}
