package cn.daxiang.justice.kit.domain;

import cn.daxiang.justice.kit.approval.Approvals;
import cn.daxiang.justice.kit.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Collection;

/**
 * When a record moves to another org unit (a subject transferred, a dispute handed over), what
 * belongs to it moves too, in the same transaction: otherwise the old unit could still read, change
 * and delete the parts through sync and its feed would show the new unit's edits. Each part gets a
 * new version and an audit row; the audit log adds the old unit's removal row ({@link AuditLog#MOVED_OUT}).
 */
@ApplicationScoped
public class Moves {

    @Inject
    AuditLog audit;

    @Inject
    Approvals approvals;

    /** Moves each part (locked by the caller) to {@code orgUnit}; returns how many moved. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int follow(Collection<? extends AuditedRecord> parts, String orgUnit) {
        int moved = 0;
        for (AuditedRecord part : parts) {
            if (!orgUnit.equals(part.orgUnit)) {
                audit.change(AuditLog.MOVE, part, p -> p.orgUnit = orgUnit);
                moved++;
            }
        }
        // the parts' requests for approval go where the parts went
        approvals.follow(parts, orgUnit);
        return moved;
    }
}
