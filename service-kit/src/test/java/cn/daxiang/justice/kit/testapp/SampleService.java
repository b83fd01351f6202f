package cn.daxiang.justice.kit.testapp;

import cn.daxiang.justice.kit.domain.RecordService;
import cn.daxiang.justice.kit.idnumber.ResidentIdNumber;
import jakarta.enterprise.context.ApplicationScoped;

/** The one write path of samples, used by the REST resource and by sync alike: the kit's record sequence. */
@ApplicationScoped
public class SampleService extends RecordService<Sample, SampleResource.SampleInput, SampleResource.SampleView> {

    SampleService() {
        super(Sample.class, "样例", Sample::new);
    }

    @Override
    public void apply(SampleResource.SampleInput input, Sample s) {
        s.orgUnit = input.orgUnit();
        s.name = input.name();
        s.idNumber = ResidentIdNumber.normalize(input.idNumber());
        s.kind = input.kind();
        s.amount = input.amount();
        s.happenedOn = input.happenedOn();
        s.doneOn = input.doneOn();
        s.stoppedFrom = input.stoppedFrom();
        s.stoppedUntil = input.stoppedUntil();
    }

    @Override
    public SampleResource.SampleView view(Sample s) {
        return SampleResource.view(s, personalData.single());
    }
}
