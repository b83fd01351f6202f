package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.corrections.api.TeamMemberEndInput;
import cn.daxiang.justice.corrections.api.TeamMemberInput;
import cn.daxiang.justice.corrections.api.TeamMemberView;
import cn.daxiang.justice.corrections.domain.Subject;
import cn.daxiang.justice.corrections.domain.TeamMember;
import cn.daxiang.justice.corrections.domain.TeamRole;
import cn.daxiang.justice.corrections.mapping.CorrectionsMapper;
import cn.daxiang.justice.corrections.sync.TeamMemberSyncInput;
import cn.daxiang.justice.kit.domain.RecordService;
import cn.daxiang.justice.kit.domain.Versioning;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.personal.Disclosure;
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
 * The correction team (矫正小组, 社区矫正法 第二十五条): one record per member and period, added under the subject
 * ({@code POST subjects/{id}/team-members}) in its org unit, corrected at {@code team-members/{id}} while the member is in
 * the team, ended by the {@code end} action. The team on a day is the members whose period covers it. An ended
 * correction takes no more changes (409). The subject is locked before the member, by the API and by sync.
 */
@ApplicationScoped
public class TeamMemberService extends RecordService<TeamMember, TeamMemberSyncInput, TeamMemberView> {

    public static final String WHAT = "矫正小组成员";
    static final String TEAM = "矫正小组";
    public static final String LEAVE_TEAM = "LEAVE_TEAM";
    static final Map<String, String> SORTABLE = Map.of("joinedOn", "joinedOn", "createdAt", "createdAt", "orgUnit", "orgUnit");

    @Inject
    SubjectService subjects;

    TeamMemberService() {
        super(TeamMember.class, WHAT, TeamMember::new);
    }

    @Override
    public void apply(TeamMemberSyncInput input, TeamMember member) {
        apply(input.toApiInput(), member);
    }

    public static void apply(TeamMemberInput input, TeamMember m) {
        m.role = input.role();
        m.name = input.name().strip();
        m.phone = CorrectionsMapper.strip(input.phone());
        m.unit = CorrectionsMapper.strip(input.unit());
        m.joinedOn = input.joinedOn();
        m.letterSignedOn = input.letterSignedOn();
    }

    @Override
    public TeamMemberView view(TeamMember m) {
        return view(m, personalData.single());
    }

    public TeamMemberView view(TeamMember m, Disclosure d) {
        return new TeamMemberView(m.id, m.subjectId, m.orgUnit, m.version, m.role, m.role.label(), d.name(m.name), d.phone(m.phone),
                m.unit, m.joinedOn, m.leftOn, m.letterSignedOn, m.leftOn == null ? "ACTIVE" : "LEFT", m.createdAt, m.updatedAt);
    }

    @Transactional
    public TeamMemberView add(UUID subjectId, TeamMemberInput input) {
        return view(create(subjectId, input));
    }

    /** The one create path, used by the API's POST and by sync. */
    @Transactional
    public TeamMember create(UUID subjectId, TeamMemberInput input) {
        Subject subject = subjects.writableSubject(subjectId);
        SubjectService.requireInCorrection(subject, TEAM);
        checkDates(subject, input);
        return subjects.addPart(subject, input.id(), new TeamMember(), m -> apply(input, m));
    }

    /** The API's PUT: the subject locked before the member, then the version the change is based on. */
    @Transactional
    public TeamMemberView update(UUID id, String ifMatch, TeamMemberInput input) {
        Subject subject = subjects.load(load(id, LockModeType.NONE).subjectId, LockModeType.PESSIMISTIC_WRITE);
        TeamMember member = load(id, LockModeType.PESSIMISTIC_WRITE);
        Versioning.check(member, Versioning.expected(ifMatch, input.version()));
        applyUpdate(subject, member, input);
        return view(member);
    }

    /** The one update path, used by the API (after its locks and version check) and by sync (after locking the subject). */
    @Transactional
    public void applyUpdate(Subject subject, TeamMember member, TeamMemberInput input) {
        caller.requireWritable(member.orgUnit);
        SubjectService.requireInCorrection(subject, TEAM);
        requireInTeam(member);
        checkDates(subject, input);
        audit.update(member, m -> apply(input, m));
    }

    /** The member leaves the team (an audited {@code LEAVE_TEAM}); a member who has left cannot leave again (409). */
    @Transactional
    public TeamMemberView end(UUID id, String ifMatch, TeamMemberEndInput input) {
        Subject subject = subjects.load(load(id, LockModeType.NONE).subjectId, LockModeType.PESSIMISTIC_WRITE);
        TeamMember member = load(id, LockModeType.PESSIMISTIC_WRITE);
        Versioning.check(member, Versioning.expected(ifMatch, input.version()));
        caller.requireWritable(member.orgUnit);
        SubjectService.requireInCorrection(subject, TEAM);
        requireInTeam(member);
        if (input.leftOn().isBefore(member.joinedOn)) {
            throw ApiException.invalid("leftOn", "退出日期不能早于加入日期 " + member.joinedOn);
        }
        audit.change(LEAVE_TEAM, member, m -> m.leftOn = input.leftOn());
        return view(member);
    }

    /** Sync deletes a mistaken entry only while the correction runs, like every other write of the team. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void beforeDelete(TeamMember member) {
        SubjectService.requireInCorrection(subjects.load(member.subjectId, LockModeType.PESSIMISTIC_WRITE), TEAM);
    }

    private static void requireInTeam(TeamMember member) {
        if (member.leftOn != null) {
            throw ApiException.conflict("该成员已于 " + member.leftOn + " 退出矫正小组，记录不能再变更");
        }
    }

    private static void checkDates(Subject subject, TeamMemberInput input) {
        SubjectService.requireWithinTerm(subject, input.joinedOn(), "joinedOn");
        if (input.letterSignedOn() != null) {
            SubjectService.requireWithinTerm(subject, input.letterSignedOn(), "letterSignedOn");
        }
    }

    /** The subject's team members, oldest first; with {@code on}, the team on that day. */
    public PageResult<TeamMemberView> ofSubject(UUID subjectId, LocalDate on, PageRequest page) {
        ListQuery query = covering(subjects.partsOf(subjectId), on);
        Sort sort = page.toSort(SORTABLE, Sort.ascending("joinedOn").and("id"));
        Disclosure d = personalData.bulk();
        return PageResult.of(TeamMember.class, query, sort, page, m -> view(m, d));
    }

    public PageResult<TeamMemberView> list(String orgUnit, TeamRole role, LocalDate on, LocalDate joinedFrom, LocalDate joinedTo,
                                           PageRequest page) {
        ListQuery query = covering(ListQuery.inScope(caller, orgUnit), on)
                .and("role = :role", "role", role)
                .and("joinedOn >= :joinedFrom", "joinedFrom", joinedFrom)
                .and("joinedOn <= :joinedTo", "joinedTo", joinedTo);
        Disclosure d = personalData.bulk();
        return PageResult.of(TeamMember.class, query, page.toSort(SORTABLE, Sort.descending("joinedOn").and("id")), page,
                m -> view(m, d));
    }

    /** Members whose period [joinedOn, leftOn] covers the day (leftOn open while in the team). */
    private static ListQuery covering(ListQuery query, LocalDate on) {
        return query.and("joinedOn <= :on and (leftOn is null or leftOn >= :on)", "on", on);
    }
}
