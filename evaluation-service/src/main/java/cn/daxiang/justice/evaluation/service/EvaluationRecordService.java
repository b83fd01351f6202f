package cn.daxiang.justice.evaluation.service;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import cn.daxiang.justice.kit.domain.RecordService;
import cn.daxiang.justice.kit.sync.SyncInput;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.runtime.JpaOperations;
import io.quarkus.panache.common.Sort;

import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The kit's write sequence with an evaluation record's mapper functions, and the queries a generic
 * kind needs (the entity statics Panache generates, reached through {@link JpaOperations}, which is
 * what they call themselves).
 */
public abstract class EvaluationRecordService<E extends AuditedRecord, I extends SyncInput, V> extends RecordService<E, I, V> {

    private final Class<E> type;
    private final BiConsumer<I, E> apply;
    private final Function<E, V> view;

    protected EvaluationRecordService(Class<E> type, String what, Supplier<E> create, BiConsumer<I, E> apply, Function<E, V> view) {
        super(type, what, create);
        this.type = type;
        this.apply = apply;
        this.view = view;
    }

    @Override
    public void apply(I input, E entity) {
        apply.accept(input, entity);
    }

    @Override
    public V view(E entity) {
        return view.apply(entity);
    }

    /** @PreUpdate stamps updatedAt again at flush: flush, so that the answer shows what a later read shows. */
    @Override
    protected void written(E entity) {
        Panache.flush();
    }

    @SuppressWarnings("unchecked")
    protected PanacheQuery<E> find(String where, Sort sort, Map<String, Object> parameters) {
        return (PanacheQuery<E>) JpaOperations.INSTANCE.find(type, where, sort, parameters);
    }

    protected long count(String where, Object... parameters) {
        return JpaOperations.INSTANCE.count(type, where, parameters);
    }
}
