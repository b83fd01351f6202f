package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import cn.daxiang.justice.kit.domain.RecordService;
import cn.daxiang.justice.kit.domain.Versioning;
import jakarta.persistence.LockModeType;

import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/** What the records kept under a parent record (a subject's supervision records, a person's 帮教 visits) share. */
final class ChildRecords {

    private ChildRecords() {
    }

    /**
     * The API's PUT of such a record: the parent's row lock first (as sync's {@code lockFirst}, so the two cannot
     * deadlock), then the record's, then the version the change is based on. 404 for a record the caller does not see.
     */
    static <R extends AuditedRecord> R lockForUpdate(RecordService<R, ?, ?> service, UUID id, Function<R, UUID> parentOf,
                                                     Consumer<UUID> lockParent, String ifMatch, Long version) {
        lockParent.accept(parentOf.apply(service.load(id, LockModeType.NONE)));
        R record = service.load(id, LockModeType.PESSIMISTIC_WRITE);
        Versioning.check(record, Versioning.expected(ifMatch, version));
        return record;
    }
}
