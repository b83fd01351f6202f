package cn.daxiang.justice.corrections.mapping;

import cn.daxiang.justice.corrections.api.SupervisionRecordSyncInput;
import cn.daxiang.justice.corrections.api.SupervisionRecordView;
import cn.daxiang.justice.corrections.domain.SupervisionRecord;

/** Between supervision records and what the API and sync send and receive. */
public final class SupervisionMapper {

    private SupervisionMapper() {
    }

    /** The descriptive fields; the subject and org unit are set on create and never by an input. */
    public static void apply(SupervisionRecordSyncInput input, SupervisionRecord r) {
        r.kind = input.kind();
        r.occurredOn = input.occurredOn();
        r.conductedBy = input.conductedBy().strip();
        r.place = CorrectionsMapper.strip(input.place());
        r.result = input.result().strip();
        r.abnormal = Boolean.TRUE.equals(input.abnormal());
    }

    public static SupervisionRecordView toView(SupervisionRecord r) {
        return new SupervisionRecordView(r.id, r.subjectId, r.orgUnit, r.version, r.kind, r.occurredOn, r.conductedBy, r.place,
                r.result, r.abnormal, r.createdAt, r.updatedAt);
    }
}
