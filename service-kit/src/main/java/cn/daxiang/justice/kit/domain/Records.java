package cn.daxiang.justice.kit.domain;

import cn.daxiang.justice.kit.problem.ApiException;
import io.quarkus.hibernate.orm.panache.Panache;

import java.util.UUID;

/** Checks on records that every line makes alike. */
public final class Records {

    private Records() {
    }

    /**
     * A client may supply the id of a new record (offline offices create them), but never one in use:
     * 409, so a replayed or clashing create cannot overwrite another record.
     */
    public static void requireNew(Class<? extends AuditedRecord> type, UUID id) {
        if (id != null && Panache.getEntityManager(type).find(type, id) != null) {
            throw ApiException.conflict("编号为 " + id + " 的记录已存在");
        }
    }
}
