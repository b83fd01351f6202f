package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.corrections.api.EducationSessionInput;
import cn.daxiang.justice.corrections.api.EducationSessionView;
import cn.daxiang.justice.corrections.domain.EducationAttendance;
import cn.daxiang.justice.corrections.domain.EducationKind;
import cn.daxiang.justice.corrections.domain.EducationSession;
import cn.daxiang.justice.corrections.domain.Subject;
import cn.daxiang.justice.corrections.mapping.CorrectionsMapper;
import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.domain.Records;
import cn.daxiang.justice.kit.domain.Versioning;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.problem.FieldError;
import cn.daxiang.justice.kit.security.CallerScope;
import cn.daxiang.justice.kit.security.OrgUnitCode;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Education sessions (教育矫正) and their attendances, counted in person-times. */
@ApplicationScoped
public class EducationService {

    static final String WHAT = "教育矫正活动";
    static final Map<String, String> SORTABLE = Map.of("heldOn", "heldOn", "createdAt", "createdAt", "orgUnit", "orgUnit");

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    @Transactional
    public EducationSessionView create(EducationSessionInput input) {
        return CorrectionsMapper.toView(createEntity(input));
    }

    /** The one create path of education sessions, used by the API's POST and by sync. */
    @Transactional
    public EducationSession createEntity(EducationSessionInput input) {
        caller.requireWritable(input.orgUnit());
        checkAttendees(input);
        Records.requireNew(EducationSession.class, input.id());
        EducationSession session = new EducationSession();
        session.id = input.id();
        apply(input, session);
        session.persist();
        storeAttendances(session, input.subjectIds());
        audit.created(session);
        return session;
    }

    @Transactional
    public EducationSessionView update(UUID id, String ifMatch, EducationSessionInput input) {
        EducationSession session = load(id, LockModeType.PESSIMISTIC_WRITE);
        Versioning.check(session, Versioning.expected(ifMatch, input.version()));
        applyUpdate(session, input);
        return CorrectionsMapper.toView(session);
    }

    /** The one update path, used by the API's PUT (after its lock and version check) and by sync. */
    @Transactional
    public void applyUpdate(EducationSession session, EducationSessionInput input) {
        if (session.attendees == null || session.attendees.isEmpty()) {
            withAttendees(session);
        }
        caller.requireWritable(session.orgUnit);
        caller.requireWritable(input.orgUnit());
        checkAttendees(input);
        audit.update(session, s -> {
            apply(input, s);
            EducationAttendance.delete("sessionId", s.id);
            storeAttendances(s, input.subjectIds());
        });
    }

    /** Before a session is deleted (sync only): its attendance list is part of it, as an update replaces it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void removeAttendances(EducationSession session) {
        EducationAttendance.delete("sessionId", session.id);
    }

    /** The session as the API shows it, with its attendees. */
    public EducationSessionView view(EducationSession session) {
        return CorrectionsMapper.toView(withAttendees(session));
    }

    public EducationSessionView get(UUID id) {
        return CorrectionsMapper.toView(load(id, LockModeType.NONE));
    }

    public PageResult<EducationSessionView> list(String orgUnit, EducationKind kind, LocalDate heldFrom, LocalDate heldTo,
                                                 UUID subjectId, PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("kind = :kind", "kind", kind)
                .and("heldOn >= :heldFrom", "heldFrom", heldFrom)
                .and("heldOn <= :heldTo", "heldTo", heldTo)
                .and("id in (select a.sessionId from EducationAttendance a where a.subjectId = :subjectId)", "subjectId", subjectId);
        Sort sort = page.toSort(SORTABLE, Sort.descending("heldOn").and("id"));
        return PageResult.of(EducationSession.<EducationSession>find(query.where(), sort, query.parameters()), page, s -> {
            withAttendees(s);
            return CorrectionsMapper.toView(s);
        });
    }

    private EducationSession load(UUID id, LockModeType lock) {
        EducationSession session = EducationSession.<EducationSession>findByIdOptional(id, lock)
                .orElseThrow(() -> ApiException.notFound(WHAT, id));
        caller.requireVisible(session.orgUnit, WHAT, id);
        return withAttendees(session);
    }

    public static EducationSession withAttendees(EducationSession session) {
        session.attendees = new ArrayList<>(EducationAttendance.<EducationAttendance>list("sessionId", Sort.ascending("createdAt").and("id"),
                session.id).stream().map(a -> a.subjectId).toList());
        return session;
    }

    public static void apply(EducationSessionInput input, EducationSession session) {
        session.orgUnit = input.orgUnit();
        session.heldOn = input.heldOn();
        session.topic = input.topic().strip();
        session.kind = input.kind();
    }

    private static void storeAttendances(EducationSession session, List<UUID> subjectIds) {
        session.attendees = new ArrayList<>();
        for (UUID subjectId : subjectIds) {
            EducationAttendance attendance = new EducationAttendance();
            attendance.sessionId = session.id;
            attendance.subjectId = subjectId;
            attendance.orgUnit = session.orgUnit;
            attendance.persist();
            session.attendees.add(subjectId);
        }
    }

    /** Each attendee is a subject of the session's org unit (or below), in correction on the day; no one twice. */
    private static void checkAttendees(EducationSessionInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.kind() == EducationKind.INDIVIDUAL && input.subjectIds().size() != 1) {
            errors.add(new FieldError("subjectIds", "个别教育只能有一名矫正对象"));
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < input.subjectIds().size(); i++) {
            UUID subjectId = input.subjectIds().get(i);
            String field = "subjectIds[" + i + "]";
            if (!seen.add(subjectId)) {
                errors.add(new FieldError(field, "重复的矫正对象"));
                continue;
            }
            Subject subject = Subject.findById(subjectId);
            if (subject == null || !OrgUnitCode.covers(input.orgUnit(), subject.orgUnit)) {
                errors.add(new FieldError(field, "未找到本机构的矫正对象"));
            } else if (input.heldOn().isBefore(subject.intakeDate)
                    || (subject.endedOn != null && input.heldOn().isAfter(subject.endedOn))) {
                errors.add(new FieldError(field, "活动日期该对象不在矫正期间"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }
}
