package cn.daxiang.justice.kit.testapp;

import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.domain.Records;
import cn.daxiang.justice.kit.idnumber.ResidentIdNumber;
import cn.daxiang.justice.kit.security.CallerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The one write path of samples, used by the REST resource and by sync alike. */
@ApplicationScoped
public class SampleService {

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    @Transactional
    public Sample create(SampleResource.SampleInput input) {
        caller.requireWritable(input.orgUnit());
        Records.requireNew(Sample.class, input.id());
        Sample s = new Sample();
        s.id = input.id();
        apply(s, input);
        s.persist();
        audit.created(s);
        return s;
    }

    @Transactional
    public void update(Sample s, SampleResource.SampleInput input) {
        caller.requireWritable(s.orgUnit);
        caller.requireWritable(input.orgUnit());
        audit.update(s, sample -> apply(sample, input));
    }

    static void apply(Sample s, SampleResource.SampleInput input) {
        s.orgUnit = input.orgUnit();
        s.name = input.name();
        s.idNumber = ResidentIdNumber.normalize(input.idNumber());
        s.kind = input.kind();
        s.amount = input.amount();
        s.happenedOn = input.happenedOn();
    }
}
