package cn.daxiang.justice.kit.sync;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.kit.problem.ApiException;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A {@link SyncAdapter} put together from the service's own functions, so that a line registers a
 * resource in a few lines (a CDI {@code @Produces} method) instead of a class of accessors:
 * <pre>
 * SyncAdapters.of("remote-visits", RemoteVisit.class, RemoteVisitInput.class)
 *         .create(service::createEntity).update(service::applyUpdate)
 *         .apply(service::apply).view(CorrectionsMapper::toView).build();
 * </pre>
 * The id, the version and (unless {@link Builder#orgUnit} says otherwise) the org unit come from
 * the input's {@link SyncInput}. The optional steps are the hooks of {@link SyncAdapter}.
 */
public final class SyncAdapters {

    private SyncAdapters() {
    }

    public static <E extends AuditedRecord, I extends SyncInput> Builder<E, I> of(String resource, Class<E> entityType,
                                                                                Class<I> inputType) {
        return new Builder<>(resource, entityType, inputType);
    }

    /**
     * A resource that only feeds (records that come from actions elsewhere: requests for approval, attachments): every
     * upload, change and deletion is refused with {@code refused}; the org unit of an input is the stored record's.
     */
    public static <E extends AuditedRecord, I extends SyncInput> Builder<E, I> feedOnly(String resource, Class<E> entityType,
                                                                                      Class<I> inputType, String refused,
                                                                                      Function<UUID, String> orgUnitOf) {
        return new Builder<>(resource, entityType, inputType)
                .orgUnit(input -> orgUnitOf.apply(input.id()))
                .create(input -> {
                    throw ApiException.conflict(refused);
                })
                .enteredOnce(refused).sameContent((current, input) -> false)
                .beforeDelete(current -> {
                    throw ApiException.conflict(refused);
                });
    }

    public static final class Builder<E extends AuditedRecord, I extends SyncInput> {

        private final String resource;
        private final Class<E> entityType;
        private final Class<I> inputType;
        private Function<I, String> orgUnit = SyncInput::orgUnit;
        private Function<I, E> create;
        private BiConsumer<E, I> update;
        private BiFunction<E, Disclosure, Object> view;
        private BiFunction<List<E>, Disclosure, List<?>> views;
        private BiPredicate<E, I> sameContent;
        private Consumer<I> lockFirst = input -> { };
        private Consumer<E> beforeDelete = current -> { };

        Builder(String resource, Class<E> entityType, Class<I> inputType) {
            this.resource = resource;
            this.entityType = entityType;
            this.inputType = inputType;
        }

        /** The org unit of an input that has none of its own (a child record: its parent's). */
        public Builder<E, I> orgUnit(Function<I, String> orgUnit) {
            this.orgUnit = orgUnit;
            return this;
        }

        /** The API's create, within the current transaction. */
        public Builder<E, I> create(Function<I, E> create) {
            this.create = create;
            return this;
        }

        /** The API's update of the locked, version-checked record. */
        public Builder<E, I> update(BiConsumer<E, I> update) {
            this.update = update;
            return this;
        }

        /** For records the API only ever adds: an update is refused with this message; a replay is UNCHANGED. */
        public Builder<E, I> enteredOnce(String unchangeable) {
            this.update = (current, input) -> {
                throw ApiException.conflict(unchangeable);
            };
            return this;
        }

        /** The view with personal data as the disclosure allows. */
        public Builder<E, I> view(BiFunction<E, Disclosure, ?> view) {
            this.view = view::apply;
            return this;
        }

        /** The views of a page of records at once (what they need from elsewhere read in one query), in their order. */
        public Builder<E, I> views(BiFunction<List<E>, Disclosure, List<?>> views) {
            this.views = views;
            return this;
        }

        /** The view of a record without personal data. */
        public Builder<E, I> plainView(Function<E, ?> view) {
            this.view = (entity, disclosure) -> view.apply(entity);
            return this;
        }

        /**
         * A replay is the input applied to a fresh record (as the API's own {@code apply} fills one)
         * that has the content of the current one ({@link RecordContent#same}).
         */
        public Builder<E, I> apply(BiConsumer<I, E> apply) {
            return applyWith((input, candidate, current) -> apply.accept(input, candidate));
        }

        /** As {@link #apply(BiConsumer)}, for content the upload does not carry: taken from the current record. */
        public Builder<E, I> applyWith(ApplyToCandidate<E, I> apply) {
            this.sameContent = (current, input) -> {
                E candidate = newInstance();
                apply.apply(input, candidate, current);
                return RecordContent.same(current, candidate);
            };
            return this;
        }

        /** Whether the input would leave the record as it is, when that is more than comparing content. */
        public Builder<E, I> sameContent(BiPredicate<E, I> sameContent) {
            this.sameContent = sameContent;
            return this;
        }

        public Builder<E, I> lockFirst(Consumer<I> lockFirst) {
            this.lockFirst = lockFirst;
            return this;
        }

        public Builder<E, I> beforeDelete(Consumer<E> beforeDelete) {
            this.beforeDelete = beforeDelete;
            return this;
        }

        E newInstance() {
            try {
                return entityType.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(entityType + " has no public no-argument constructor", e);
            }
        }

        public SyncAdapter<E, I> build() {
            Objects.requireNonNull(create, resource + ": create");
            Objects.requireNonNull(update, resource + ": update or enteredOnce");
            Objects.requireNonNull(view, resource + ": view");
            Objects.requireNonNull(sameContent, resource + ": apply or sameContent");
            return new Built<>(resource, entityType, inputType, this);
        }
    }

    /** Fills a fresh record from the input; {@code current} supplies what the upload does not carry. */
    @FunctionalInterface
    public interface ApplyToCandidate<E, I> {
        void apply(I input, E candidate, E current);
    }

    /** The resource, entity and input types answer as record components; the rest delegates to the steps. */
    private record Built<E extends AuditedRecord, I extends SyncInput>(String resource, Class<E> entityType, Class<I> inputType,
                                                                       Builder<E, I> spec) implements SyncAdapter<E, I> {

        @Override
        public UUID id(I input) {
            return input.id();
        }

        @Override
        public Long version(I input) {
            return input.version();
        }

        @Override
        public String orgUnit(I input) {
            return spec.orgUnit.apply(input);
        }

        @Override
        public E create(I input) {
            return spec.create.apply(input);
        }

        @Override
        public void update(E current, I input) {
            spec.update.accept(current, input);
        }

        @Override
        public Object view(E entity, Disclosure disclosure) {
            return spec.view.apply(entity, disclosure);
        }

        @Override
        public List<Object> views(List<E> entities, Disclosure disclosure) {
            if (spec.views == null) {
                return SyncAdapter.super.views(entities, disclosure);
            }
            return List.copyOf(spec.views.apply(entities, disclosure));
        }

        @Override
        public boolean sameContent(E current, I input) {
            return spec.sameContent.test(current, input);
        }

        @Override
        public void lockFirst(I input) {
            spec.lockFirst.accept(input);
        }

        @Override
        public void beforeDelete(E current) {
            spec.beforeDelete.accept(current);
        }

        @Override
        public String toString() {
            return "SyncAdapter[" + resource + "]";
        }
    }
}
