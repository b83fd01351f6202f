package cn.daxiang.justice.kit.audit;

import cn.daxiang.justice.kit.domain.AuditedRecord;

/**
 * Fired (synchronously, in the writing transaction) for every audited write, after its audit row:
 * what keeps data derived from records (their statutory items) current without a hook per entity.
 */
public record RecordWritten(String action, AuditedRecord record) {

    public boolean isDeletion() {
        return AuditLog.DELETE.equals(action);
    }

    public boolean isCreation() {
        return AuditLog.CREATE.equals(action);
    }
}
