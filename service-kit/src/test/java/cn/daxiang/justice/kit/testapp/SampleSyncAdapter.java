package cn.daxiang.justice.kit.testapp;

import cn.daxiang.justice.kit.sync.SyncAdapter;
import cn.daxiang.justice.kit.sync.SyncAdapters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** How a service registers a sync resource: the kit's generic adapter over the service's own functions. */
@ApplicationScoped
public class SampleSyncAdapter {

    @Produces
    @Singleton
    SyncAdapter<Sample, SampleResource.SampleInput> samples(SampleService samples) {
        return SyncAdapters.of("samples", Sample.class, SampleResource.SampleInput.class)
                .create(samples::createEntity).update(samples::applyUpdate).view(SampleResource::view)
                .apply(samples::apply).build();
    }
}
