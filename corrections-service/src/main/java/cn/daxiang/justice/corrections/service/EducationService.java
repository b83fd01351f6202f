package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.corrections.api.EducationSessionInput;
import cn.daxiang.justice.corrections.api.EducationSessionView;
import cn.daxiang.justice.corrections.domain.EducationAttendance;
import cn.daxiang.justice.corrections.domain.EducationKind;
import cn.daxiang.justice.corrections.domain.EducationSession;
import cn.daxiang.justice.corrections.domain.Subject;
import cn.daxiang.justice.corrections.mapping.CorrectionsMapper;
import cn.daxiang.justice.kit.domain.RecordService;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.problem.FieldError;
import cn.daxiang.justice.kit.security.OrgUnitCode;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Education sessions (教育矫正) and their attendances, counted in person-times. */
@ApplicationScoped
public class EducationService extends RecordService<EducationSession, EducationSessionInput, EducationSessionView> {

    static final String WHAT = "教育矫正活动";
    static final Map<String, String> SORTABLE = Map.of("heldOn", "heldOn", "createdAt", "createdAt", "orgUnit", "orgUnit");

    EducationService() {
        super(EducationSession.class, WHAT, EducationSession::new);
    }

    /** The one update path, used by the API's PUT (after its lock and version check) and by sync. */
    @Override
    @Transactional
    public void applyUpdate(EducationSession session, EducationSessionInput input) {
        // the audit row's "before" lists the attendees as they are
        super.applyUpdate(withAttendees(session), input);
    }

    /** A session is read with its attendees. */
    @Override
    public EducationSession load(UUID id, LockModeType lock) {
        return withAttendees(super.load(id, lock));
    }

    /** The attendance list is rows of its own, replaced as a whole on every write. */
    @Override
    protected void written(EducationSession session) {
        EducationAttendance.delete("sessionId", session.id);
        for (UUID subjectId : session.attendees) {
            EducationAttendance attendance = new EducationAttendance();
            attendance.sessionId = session.id;
            attendance.subjectId = subjectId;
            attendance.orgUnit = session.orgUnit;
            attendance.persist();
        }
    }

    /** Before a session is deleted (sync only): its attendance list is part of it, as an update replaces it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void removeAttendances(EducationSession session) {
        EducationAttendance.delete("sessionId", session.id);
    }

    /** The session as the API shows it, with the attendees it holds. */
    @Override
    public EducationSessionView view(EducationSession session) {
        return CorrectionsMapper.toView(session);
    }

    public PageResult<EducationSessionView> list(String orgUnit, EducationKind kind, LocalDate heldFrom, LocalDate heldTo,
                                                 UUID subjectId, PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("kind = :kind", "kind", kind)
                .and("heldOn >= :heldFrom", "heldFrom", heldFrom)
                .and("heldOn <= :heldTo", "heldTo", heldTo)
                .and("id in (select a.sessionId from EducationAttendance a where a.subjectId = :subjectId)", "subjectId", subjectId);
        Sort sort = page.toSort(SORTABLE, Sort.descending("heldOn").and("id"));
        PageResult<EducationSession> sessions = PageResult.of(EducationSession.class, query, sort, page, Function.identity());
        // The page's attendees in one query, not one per session.
        List<UUID> ids = sessions.items().stream().map(s -> s.id).toList();
        Map<UUID, List<UUID>> attendees = ids.isEmpty() ? Map.of() : EducationAttendance.<EducationAttendance>list("sessionId in ?1",
                        Sort.ascending("createdAt").and("id"), ids).stream()
                .collect(Collectors.groupingBy(a -> a.sessionId, Collectors.mapping(a -> a.subjectId, Collectors.toList())));
        return sessions.map(s -> {
            s.attendees = new ArrayList<>(attendees.getOrDefault(s.id, List.of()));
            return CorrectionsMapper.toView(s);
        });
    }

    public static EducationSession withAttendees(EducationSession session) {
        session.attendees = new ArrayList<>(EducationAttendance.<EducationAttendance>list("sessionId", Sort.ascending("createdAt").and("id"),
                session.id).stream().map(a -> a.subjectId).toList());
        return session;
    }

    @Override
    public void apply(EducationSessionInput input, EducationSession session) {
        session.orgUnit = input.orgUnit();
        session.heldOn = input.heldOn();
        session.topic = input.topic().strip();
        session.kind = input.kind();
        session.attendees = new ArrayList<>(input.subjectIds());
    }

    /** Each attendee is a subject of the session's org unit (or below), in correction on the day; no one twice. */
    @Override
    protected void check(EducationSessionInput input) {
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
