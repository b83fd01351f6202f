package cn.daxiang.justice.kit.domain;

import cn.daxiang.justice.kit.problem.ApiException;
import io.quarkus.hibernate.orm.panache.Panache;

import java.util.UUID;
import java.util.function.Supplier;

/** Checks on records that every line makes alike. */
public final class Records {

    /** The id a batch has just found unused in this transaction (see {@link #createKnownNew}). */
    private static final ThreadLocal<UUID> KNOWN_NEW = new ThreadLocal<>();

    private Records() {
    }

    /**
     * Runs {@code create} for a record whose id the caller has just found unused in the same transaction
     * (a sync batch reads all its ids in one query): {@link #requireNew} then needs no lookup of its own.
     * A concurrent insert of the same id still fails on the primary key.
     */
    public static <E> E createKnownNew(UUID id, Supplier<E> create) {
        KNOWN_NEW.set(id);
        try {
            return create.get();
        } finally {
            KNOWN_NEW.remove();
        }
    }

    /**
     * A client may supply the id of a new record (offline offices create them), but never one in use:
     * 409, so a replayed or clashing create cannot overwrite another record.
     */
    public static void requireNew(Class<? extends AuditedRecord> type, UUID id) {
        if (id != null && !id.equals(KNOWN_NEW.get()) && Panache.getEntityManager(type).find(type, id) != null) {
            throw ApiException.conflict("编号为 " + id + " 的记录已存在");
        }
    }
}
