package cn.daxiang.justice.kit.testapp;

import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.kit.sync.RecordContent;
import cn.daxiang.justice.kit.sync.SyncAdapter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

@ApplicationScoped
public class SampleSyncAdapter implements SyncAdapter<Sample, SampleResource.SampleInput> {

    @Inject
    SampleService samples;

    @Inject
    SampleResource resource;

    @Override
    public String resource() {
        return "samples";
    }

    @Override
    public Class<Sample> entityType() {
        return Sample.class;
    }

    @Override
    public Class<SampleResource.SampleInput> inputType() {
        return SampleResource.SampleInput.class;
    }

    @Override
    public UUID id(SampleResource.SampleInput input) {
        return input.id();
    }

    @Override
    public Long version(SampleResource.SampleInput input) {
        return input.version();
    }

    @Override
    public String orgUnit(SampleResource.SampleInput input) {
        return input.orgUnit();
    }

    @Override
    public Sample create(SampleResource.SampleInput input) {
        return samples.create(input);
    }

    @Override
    public void update(Sample current, SampleResource.SampleInput input) {
        samples.update(current, input);
    }

    @Override
    public Object view(Sample entity, Disclosure disclosure) {
        return resource.view(entity, disclosure);
    }

    @Override
    public boolean sameContent(Sample current, SampleResource.SampleInput input) {
        Sample candidate = new Sample();
        SampleService.apply(candidate, input);
        return RecordContent.same(current, candidate);
    }
}
