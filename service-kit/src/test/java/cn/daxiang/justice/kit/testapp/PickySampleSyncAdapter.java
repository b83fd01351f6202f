package cn.daxiang.justice.kit.testapp;

import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.sync.SyncAdapter;
import cn.daxiang.justice.kit.sync.SyncAdapters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Samples whose own create path can refuse a record after the engine's checks, as a line's service
 * does: by name, with an {@code ApiException} ({@link #REFUSED}), or at the database, with a value
 * its column cannot hold ({@link #UNSTORABLE}). For the batch tests of {@code SyncBatchTest}.
 */
@ApplicationScoped
public class PickySampleSyncAdapter {

    static final String REFUSED = "服务拒绝";
    static final String UNSTORABLE = "存储拒绝";

    @Produces
    @Singleton
    SyncAdapter<Sample, SampleResource.SampleInput> pickySamples(SampleService samples) {
        return SyncAdapters.of("picky-samples", Sample.class, SampleResource.SampleInput.class)
                .create(input -> {
                    if (REFUSED.equals(input.name())) {
                        throw ApiException.invalid("name", "该名称不被接受");
                    }
                    Sample created = samples.createEntity(input);
                    if (UNSTORABLE.equals(input.name())) {
                        created.name = "长".repeat(60); // longer than the column: refused at the flush
                    }
                    return created;
                })
                .update(samples::applyUpdate).view(SampleResource::view).apply(samples::apply).build();
    }
}
