package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.corrections.api.DuplicateResolutionInput;
import cn.daxiang.justice.corrections.api.SuspectedDuplicateView;
import cn.daxiang.justice.corrections.domain.DuplicateStatus;
import cn.daxiang.justice.corrections.domain.Subject;
import cn.daxiang.justice.corrections.domain.SubjectStatus;
import cn.daxiang.justice.corrections.domain.SuspectedDuplicate;
import cn.daxiang.justice.corrections.mapping.CorrectionsMapper;
import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.domain.Versioning;
import cn.daxiang.justice.kit.idnumber.ResidentIdNumber;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.CallerScope;
import cn.daxiang.justice.kit.security.OrgUnitCode;
import cn.daxiang.justice.kit.sync.DependantRecords;
import cn.daxiang.justice.kit.sync.Tombstones;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rule that one person is in correction at most once, without an oracle across units. A writer
 * whose scope holds the other record gets a 409 (it can list that record anyway, so nothing new is
 * told); a writer whose scope does not gets its record stored as asked, and the pair goes to the
 * district admin's review queue, where it is confirmed (the later record is deleted) or dismissed
 * (only once the two no longer share an ID number in correction).
 */
@ApplicationScoped
public class DuplicateReviewService {

    static final String WHAT = "疑似重复核查";
    static final String CONFIRM = "CONFIRM_DUPLICATE";
    static final String DISMISS = "DISMISS_DUPLICATE";
    static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "resolvedAt", "resolvedAt");

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Inject
    Tombstones tombstones;

    @Inject
    SubjectService subjects;

    /**
     * Serialises, to the end of the transaction, every check and write of one ID number, so that two
     * writers of the same person cannot both miss each other. Take it before any row lock of a subject
     * (sync takes it in {@code lockFirst}); taking it again in the same transaction is free.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String idNumber) {
        em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "corrections.subject.id_number:" + ResidentIdNumber.normalize(idNumber))
                .getSingleResult();
    }

    /**
     * The other subjects in correction with this ID number, under the lock: 409 if one is in the caller's
     * scope; the others (outside it) are answered for {@link #flag}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Subject> othersInCorrection(String idNumber, UUID except) {
        lock(idNumber);
        List<Subject> others = Subject.<Subject>list("idNumber = ?1 and status = ?2 and id <> ?3",
                        Sort.ascending("createdAt").and("id"), idNumber, SubjectStatus.IN_CORRECTION,
                        except == null ? new UUID(0, 0) : except);
        if (others.stream().anyMatch(o -> caller.covers(o.orgUnit))) {
            throw ApiException.conflict("身份证号码为 " + ResidentIdNumber.mask(idNumber) + " 的人员正在矫正中");
        }
        return others;
    }

    /** Puts the subject and the earliest of the others into the review queue (once per open pair); tells the caller nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void flag(Subject subject, List<Subject> others) {
        if (others.isEmpty()) {
            return;
        }
        Subject existing = others.get(0);
        if (SuspectedDuplicate.count("subjectId = ?1 and existingSubjectId = ?2 and status = ?3",
                subject.id, existing.id, DuplicateStatus.OPEN) > 0) {
            return;
        }
        SuspectedDuplicate d = new SuspectedDuplicate();
        // the review belongs to the district over the subject's unit, never to a township
        d.orgUnit = OrgUnitCode.district(subject.orgUnit);
        d.subjectId = subject.id;
        d.existingSubjectId = existing.id;
        d.status = DuplicateStatus.OPEN;
        d.persist();
        audit.created(d);
    }

    public PageResult<SuspectedDuplicateView> list(DuplicateStatus status, PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, null).and("status = :status", "status", status);
        Sort sort = page.toSort(SORTABLE, Sort.ascending("createdAt").and("id"));
        PageResult<SuspectedDuplicate> rows = PageResult.of(SuspectedDuplicate.class, query, sort, page, Function.identity());
        Map<UUID, Subject> records = byId(rows.items().stream().flatMap(d -> Stream.of(d.subjectId, d.existingSubjectId)).toList());
        return rows.map(d -> view(d, records));
    }

    public SuspectedDuplicateView get(UUID id) {
        return view(load(id, LockModeType.NONE));
    }

    /** The same person: the later record is deleted (tombstone, audited), unless records of its own still depend on it. */
    @Transactional
    public SuspectedDuplicateView confirm(UUID id, String ifMatch, DuplicateResolutionInput input) {
        SuspectedDuplicate d = loadOpen(id, ifMatch, input.version());
        Subject later = Subject.findById(d.subjectId);
        if (later != null) {
            lock(later.idNumber);
            later = Subject.findById(d.subjectId, LockModeType.PESSIMISTIC_WRITE);
            subjects.removeOwnParts(later);
            tombstones.bury(later);
            try {
                em.flush();
            } catch (PersistenceException e) {
                throw ApiException.conflict("后登记的记录不能删除：" + DependantRecords.message(e));
            }
        }
        return resolve(d, DuplicateStatus.CONFIRMED, input.note(), CONFIRM);
    }

    /** Not a person in correction twice (any more): refused while the two still share an ID number in correction. */
    @Transactional
    public SuspectedDuplicateView dismiss(UUID id, String ifMatch, DuplicateResolutionInput input) {
        SuspectedDuplicate d = loadOpen(id, ifMatch, input.version());
        Subject later = Subject.findById(d.subjectId);
        Subject existing = Subject.findById(d.existingSubjectId);
        if (later != null && existing != null) {
            lock(later.idNumber);
            em.refresh(later);
            em.refresh(existing);
            if (later.status == SubjectStatus.IN_CORRECTION && existing.status == SubjectStatus.IN_CORRECTION
                    && later.idNumber.equals(existing.idNumber)) {
                throw ApiException.conflict("两条记录的身份证号码仍相同且均在矫正中，同一人不能同时在矫；"
                        + "请确认为同一人，或先更正身份证号码、结束其中一条记录后再排除");
            }
        }
        return resolve(d, DuplicateStatus.DISMISSED, input.note(), DISMISS);
    }

    private SuspectedDuplicateView resolve(SuspectedDuplicate d, DuplicateStatus status, String note, String action) {
        audit.change(action, d, r -> {
            r.status = status;
            r.resolvedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            r.resolvedBy = caller.subject();
            r.note = CorrectionsMapper.strip(note);
        });
        return view(d);
    }

    private SuspectedDuplicate loadOpen(UUID id, String ifMatch, Long bodyVersion) {
        SuspectedDuplicate d = load(id, LockModeType.PESSIMISTIC_WRITE);
        Versioning.check(d, Versioning.expected(ifMatch, bodyVersion));
        caller.requireWritable(d.orgUnit);
        if (d.status != DuplicateStatus.OPEN) {
            throw ApiException.conflict("该疑似重复已核查完毕（" + d.status + "）");
        }
        return d;
    }

    private SuspectedDuplicate load(UUID id, LockModeType lock) {
        SuspectedDuplicate d = SuspectedDuplicate.<SuspectedDuplicate>findByIdOptional(id, lock)
                .orElseThrow(() -> ApiException.notFound(WHAT, id));
        caller.requireVisible(d.orgUnit, WHAT, id);
        return d;
    }

    private SuspectedDuplicateView view(SuspectedDuplicate d) {
        return view(d, byId(List.of(d.subjectId, d.existingSubjectId)));
    }

    private static Map<UUID, Subject> byId(List<UUID> ids) {
        return ids.isEmpty() ? Map.of() : Subject.<Subject>list("id in ?1", ids).stream().collect(Collectors.toMap(s -> s.id, s -> s));
    }

    private static SuspectedDuplicateView view(SuspectedDuplicate d, Map<UUID, Subject> records) {
        Subject later = records.get(d.subjectId);
        Subject existing = records.get(d.existingSubjectId);
        Subject any = later != null ? later : existing;
        return new SuspectedDuplicateView(d.id, d.orgUnit, d.version, d.status, d.subjectId, later == null ? null : later.orgUnit,
                d.existingSubjectId, existing == null ? null : existing.orgUnit,
                any == null ? null : ResidentIdNumber.mask(any.idNumber), d.resolvedAt, d.resolvedBy, d.note, d.createdAt, d.updatedAt);
    }
}
