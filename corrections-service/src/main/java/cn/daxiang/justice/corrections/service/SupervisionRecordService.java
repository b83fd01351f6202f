package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.corrections.api.SupervisionRecordInput;
import cn.daxiang.justice.corrections.api.SupervisionRecordSyncInput;
import cn.daxiang.justice.corrections.api.SupervisionRecordView;
import cn.daxiang.justice.corrections.domain.Subject;
import cn.daxiang.justice.corrections.domain.SupervisionKind;
import cn.daxiang.justice.corrections.domain.SupervisionRecord;
import cn.daxiang.justice.corrections.mapping.SupervisionMapper;
import cn.daxiang.justice.kit.domain.RecordService;
import cn.daxiang.justice.kit.domain.Records;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Daily supervision records (监督管理记录) of a subject: recorded under the subject ({@code POST
 * subjects/{id}/supervision-records}), in its org unit, dated within its correction, read and corrected on their
 * own ({@code supervision-records/{id}}). The subject's row lock is taken before the record's, by the API and by
 * sync alike, as for violations.
 */
@ApplicationScoped
public class SupervisionRecordService extends RecordService<SupervisionRecord, SupervisionRecordSyncInput, SupervisionRecordView> {

    public static final String WHAT = "监督管理记录";
    static final Map<String, String> SORTABLE = Map.of("occurredOn", "occurredOn", "createdAt", "createdAt",
            "orgUnit", "orgUnit", "kind", "kind");

    @Inject
    SubjectService subjects;

    SupervisionRecordService() {
        super(SupervisionRecord.class, WHAT, SupervisionRecord::new);
    }

    @Override
    public void apply(SupervisionRecordSyncInput input, SupervisionRecord record) {
        SupervisionMapper.apply(input, record);
    }

    @Override
    public SupervisionRecordView view(SupervisionRecord record) {
        return SupervisionMapper.toView(record);
    }

    /** The API's POST under the subject's path. */
    @Transactional
    public SupervisionRecordView create(UUID subjectId, SupervisionRecordInput input) {
        return view(createEntity(SupervisionRecordSyncInput.of(subjectId, input)));
    }

    /** The one create path, used by the API and by sync: a writable subject, the dates, the subject's org unit, audit. */
    @Override
    @Transactional
    public SupervisionRecord createEntity(SupervisionRecordSyncInput input) {
        Subject subject = subjects.load(input.subjectId(), LockModeType.PESSIMISTIC_WRITE);
        caller.requireWritable(subject.orgUnit);
        checkDate(subject, input.occurredOn());
        Records.requireNew(SupervisionRecord.class, input.id());
        SupervisionRecord record = new SupervisionRecord();
        record.id = input.id();
        record.subjectId = subject.id;
        record.orgUnit = subject.orgUnit;
        apply(input, record);
        record.persist();
        audit.created(record);
        return record;
    }

    /** The API's PUT: the subject locked before the record, then the version the change is based on. */
    @Transactional
    public SupervisionRecordView update(UUID id, String ifMatch, SupervisionRecordInput input) {
        SupervisionRecord record = ChildRecords.lockForUpdate(this, id, r -> r.subjectId,
                subjectId -> subjects.load(subjectId, LockModeType.PESSIMISTIC_WRITE), ifMatch, input.version());
        applyUpdate(record, SupervisionRecordSyncInput.of(record.subjectId, input));
        return view(record);
    }

    /** The one update path, used by the API (after its locks and version check) and by sync (after locking the subject). */
    @Override
    @Transactional
    public void applyUpdate(SupervisionRecord record, SupervisionRecordSyncInput input) {
        caller.requireWritable(record.orgUnit);
        if (!record.subjectId.equals(input.subjectId())) {
            throw ApiException.invalid("subjectId", "监督管理记录所属的矫正对象不能更改");
        }
        checkDate(Subject.findById(record.subjectId), input.occurredOn());
        audit.update(record, r -> apply(input, r));
    }

    /** A subject's records, oldest first; 404 for a subject the caller does not see. */
    public PageResult<SupervisionRecordView> ofSubject(UUID subjectId, PageRequest page) {
        subjects.load(subjectId, LockModeType.NONE);
        ListQuery query = ListQuery.inScope(caller, null).and("subjectId = :subjectId", "subjectId", subjectId);
        Sort sort = page.toSort(SORTABLE, Sort.ascending("occurredOn").and("id"));
        return PageResult.of(SupervisionRecord.class, query, sort, page, SupervisionMapper::toView);
    }

    /** The district's or township's list, newest first. */
    public PageResult<SupervisionRecordView> list(String orgUnit, SupervisionKind kind, LocalDate from, LocalDate to,
                                                  Boolean abnormal, PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("kind = :kind", "kind", kind)
                .and("occurredOn >= :from", "from", from)
                .and("occurredOn <= :to", "to", to)
                .and("abnormal = :abnormal", "abnormal", abnormal);
        Sort sort = page.toSort(SORTABLE, Sort.descending("occurredOn").and("id"));
        return PageResult.of(SupervisionRecord.class, query, sort, page, SupervisionMapper::toView);
    }

    /**
     * Within the correction: from the day of intake (an office often visits or calls on that day too) to the release or
     * termination. (Not in the future:
     * the input's {@code @PastOrPresent}.)
     */
    static void checkDate(Subject subject, LocalDate on) {
        if (on.isBefore(subject.intakeDate)) {
            throw ApiException.invalid("occurredOn", "日期不能早于接收日期 " + subject.intakeDate);
        }
        if (subject.endedOn != null && on.isAfter(subject.endedOn)) {
            throw ApiException.invalid("occurredOn", "日期不能晚于解除或终止日期 " + subject.endedOn);
        }
    }
}
