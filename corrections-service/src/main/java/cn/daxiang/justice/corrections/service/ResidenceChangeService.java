package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.corrections.api.HandoverOfFileInput;
import cn.daxiang.justice.corrections.api.ResidenceChangeInput;
import cn.daxiang.justice.corrections.api.ResidenceChangeView;
import cn.daxiang.justice.corrections.domain.ResidenceChange;
import cn.daxiang.justice.corrections.domain.ResidenceChangeStatus;
import cn.daxiang.justice.corrections.domain.Subject;
import cn.daxiang.justice.corrections.domain.SubjectStatus;
import cn.daxiang.justice.kit.approval.Approvals;
import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.clock.Deadlines;
import cn.daxiang.justice.kit.domain.Versioning;
import cn.daxiang.justice.kit.orgunit.OrgUnit;
import cn.daxiang.justice.kit.orgunit.OrgUnitDirectory;
import cn.daxiang.justice.kit.orgunit.OrgUnitLevel;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.CallerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Changes of the place of execution (变更执行地): requested with the subject's written application, decided through the
 * kit's approvals (the office's opinion, the district bureau's decision), and carried out on approval in the same
 * transaction: within the district the subject and its whole file move to the new office; out of the district the
 * correction ends here (TRANSFERRED) and the file is handed over to the new place's agency.
 */
@ApplicationScoped
public class ResidenceChangeService {

    static final String WHAT = "变更执行地记录";
    public static final String TRANSFER = "TRANSFER";
    public static final String TRANSFER_OUT = "TRANSFER_OUT";
    public static final String HANDOVER = "HANDOVER";

    @Inject
    SubjectService subjects;

    @Inject
    SubjectParts parts;

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    @Inject
    Deadlines deadlines;

    @Inject
    OrgUnitDirectory orgUnits;

    @Inject
    Approvals approvals;

    @Transactional
    public ResidenceChangeView add(UUID subjectId, ResidenceChangeInput input) {
        return view(create(subjectId, input));
    }

    /** The one create path (API and sync): checks, the record, its approval. */
    @Transactional
    public ResidenceChange create(UUID subjectId, ResidenceChangeInput input) {
        Subject subject = subjects.writableSubject(subjectId);
        if (subject.status != SubjectStatus.IN_CORRECTION) {
            throw ApiException.conflict("该对象已" + subject.status.endedAs() + "矫正，不能变更执行地");
        }
        String place = input.newPlace() == null || input.newPlace().isBlank() ? null : input.newPlace().strip();
        if ((input.newOrgUnit() == null) == (place == null)) {
            throw ApiException.invalid("newOrgUnit", "区内变更填写接收的司法所（newOrgUnit），区外变更填写新执行地（newPlace），二者择一");
        }
        if (input.newOrgUnit() != null) {
            requireTownshipOfSameDistrict(subject.orgUnit, input.newOrgUnit());
        }
        SubjectService.requireWithinTerm(subject, input.appliedOn(), "appliedOn");
        if (ResidenceChange.count("subjectId = ?1 and status = ?2", subject.id, ResidenceChangeStatus.REQUESTED) > 0) {
            throw ApiException.conflict("该对象已有审批中的变更执行地申请");
        }
        ResidenceChange c = new ResidenceChange();
        c.appliedOn = input.appliedOn();
        c.newOrgUnit = input.newOrgUnit();
        c.newPlace = place;
        c.reason = input.reason().strip();
        c.status = ResidenceChangeStatus.REQUESTED;
        return parts.submit(subject, input.id(), c, CorrectionsApprovals.RESIDENCE_CHANGE, c.reason, input.attachments());
    }

    /** Within the district means to another township office of the same district. */
    private void requireTownshipOfSameDistrict(String from, String to) {
        Optional<OrgUnit> target = orgUnits.find(to);
        Optional<OrgUnit> current = orgUnits.find(from);
        if (target.isEmpty() || target.get().level() != OrgUnitLevel.TOWNSHIP || current.isEmpty()
                || !Objects.equals(target.get().parent(), current.get().parent()) || to.equals(from)) {
            throw ApiException.invalid("newOrgUnit", "接收单位须为本区的另一个司法所");
        }
    }

    /**
     * On the last approval (CorrectionsApprovals): the record approved on the day of the deciding approval (its decision's
     * time, read in Asia/Shanghai: the decision's effective date, which starts the hand-over clock), and the subject moved
     * or ended here today (TRANSFERRED), its open records closed as every end of a correction closes them.
     */
    void approved(ResidenceChange c) {
        Subject subject = subjects.load(c.subjectId, LockModeType.PESSIMISTIC_WRITE);
        if (subject.status != SubjectStatus.IN_CORRECTION) {
            throw ApiException.conflict("该对象已" + subject.status.endedAs() + "矫正，不能再变更执行地");
        }
        LocalDate decided = approvals.latest(c, CorrectionsApprovals.RESIDENCE_CHANGE).map(a -> a.decidedAt)
                .map(deadlines::dayOf).orElseThrow(() -> new IllegalStateException("residence change " + c.id + " approved without a decision"));
        audit.change("APPROVE", c, r -> {
            r.status = ResidenceChangeStatus.APPROVED;
            r.decidedOn = decided;
        });
        if (c.outOfDistrict()) {
            audit.change(TRANSFER_OUT, subject, s -> {
                s.status = SubjectStatus.TRANSFERRED;
                s.endedOn = deadlines.today();
                s.endReason = "TRANSFERRED_OUT";
                s.endNote = "变更执行地至" + c.newPlace;
            });
            subjects.correctionEnded(subject);
        } else {
            subjects.transfer(subject, c.newOrgUnit);
        }
    }

    void rejected(ResidenceChange c) {
        audit.change("REJECT", c, r -> r.status = ResidenceChangeStatus.REJECTED);
    }

    /** Out of the district: the file handed over to the new place's agency (CorrectionsDeadlines HANDOVER: 5 days from the decision). */
    @Transactional
    public ResidenceChangeView registerHandover(UUID id, String ifMatch, HandoverOfFileInput input) {
        ResidenceChange c = load(id, LockModeType.PESSIMISTIC_WRITE);
        Versioning.check(c, Versioning.expected(ifMatch, input.version()));
        caller.requireWritable(c.orgUnit);
        if (c.status != ResidenceChangeStatus.APPROVED || !c.outOfDistrict() || c.handedOverOn != null) {
            throw ApiException.conflict("只有已批准、尚未移交档案的区外变更可以登记档案移交");
        }
        // today where the offices are, as the approval's date was taken (not the server's zone)
        if (input.handedOverOn().isBefore(c.decidedOn) || input.handedOverOn().isAfter(deadlines.today())) {
            throw ApiException.invalid("handedOverOn", "移交日期须在批准日期 " + c.decidedOn + " 至今日之间");
        }
        audit.change(HANDOVER, c, r -> r.handedOverOn = input.handedOverOn());
        return view(c);
    }

    /** Sync deletes nothing that went to approval. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void beforeDelete(ResidenceChange c) {
        throw ApiException.conflict("变更执行地申请已提交审批，不能删除");
    }

    public PageResult<ResidenceChangeView> list(UUID subjectId, PageRequest page) {
        return parts.page(ResidenceChange.class, subjectId, "appliedOn", page, CorrectionsApprovals.RESIDENCE_CHANGE, this::view);
    }

    /** A feed page's views: their requests' ids in one query. */
    public List<ResidenceChangeView> views(List<ResidenceChange> rows) {
        return parts.views(ResidenceChange.class, rows, CorrectionsApprovals.RESIDENCE_CHANGE, this::view);
    }

    public ResidenceChangeView get(UUID id) {
        return view(load(id, LockModeType.NONE));
    }

    ResidenceChange load(UUID id, LockModeType lock) {
        return parts.load(ResidenceChange.class, WHAT, id, lock);
    }

    public ResidenceChangeView view(ResidenceChange c) {
        return view(c, parts.approvalId(c, CorrectionsApprovals.RESIDENCE_CHANGE));
    }

    ResidenceChangeView view(ResidenceChange c, UUID approval) {
        return new ResidenceChangeView(c.id, c.subjectId, c.orgUnit, c.version, c.appliedOn, c.newOrgUnit, c.newPlace, c.reason,
                c.status, c.decidedOn, c.handedOverOn, approval, deadlines.of(c), c.createdAt, c.updatedAt);
    }
}
