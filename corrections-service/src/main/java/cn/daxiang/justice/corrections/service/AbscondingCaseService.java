package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.corrections.api.AbscondingCaseInput;
import cn.daxiang.justice.corrections.api.AbscondingCaseView;
import cn.daxiang.justice.corrections.api.AbscondingEscalateInput;
import cn.daxiang.justice.corrections.api.AbscondingFoundInput;
import cn.daxiang.justice.corrections.api.AbscondingStepInput;
import cn.daxiang.justice.corrections.domain.AbscondingCase;
import cn.daxiang.justice.corrections.domain.AbscondingStatus;
import cn.daxiang.justice.corrections.domain.AbscondingStep;
import cn.daxiang.justice.corrections.domain.Subject;
import cn.daxiang.justice.corrections.mapping.CorrectionsMapper;
import cn.daxiang.justice.corrections.sync.AbscondingCaseSyncInput;
import cn.daxiang.justice.kit.domain.RecordService;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Absconding cases (脱管) and their search (查找), 社区矫正法 第三十条 (article number unconfirmed): opened under the subject
 * ({@code POST subjects/{id}/absconding-cases}) in its org unit, one open case per subject; while OPEN the office adds
 * dated steps, then ends it as FOUND or ESCALATED. A closed case answers 409 to every action and to a change. Dates run
 * in order: the discovery from the intake on and not after the correction's end, each step not before the one before
 * it, the end not before the last step. The subject's row lock is taken before the case's, by the API and by sync.
 */
@ApplicationScoped
public class AbscondingCaseService extends RecordService<AbscondingCase, AbscondingCaseSyncInput, AbscondingCaseView> {

    public static final String WHAT = "脱管案件";
    static final Map<String, String> SORTABLE = Map.of("discoveredOn", "discoveredOn", "createdAt", "createdAt",
            "orgUnit", "orgUnit", "status", "status");

    @Inject
    SubjectService subjects;

    AbscondingCaseService() {
        super(AbscondingCase.class, WHAT, AbscondingCase::new);
    }

    @Override
    public void apply(AbscondingCaseSyncInput input, AbscondingCase c) {
        c.discoveredOn = input.discoveredOn();
        c.discoveredHow = input.discoveredHow();
        c.circumstances = input.circumstances().strip();
    }

    @Override
    public AbscondingCaseView view(AbscondingCase c) {
        return new AbscondingCaseView(c.id, c.subjectId, c.orgUnit, c.version, c.discoveredOn, c.discoveredHow, c.circumstances,
                List.copyOf(c.steps), c.status, c.endedOn, c.endNote, c.escalation, c.escalatedTo, deadlines.of(c),
                c.createdAt, c.updatedAt);
    }

    /** What only the actions set, kept from the stored case (sync's candidate is compared with it). */
    public static void copyActions(AbscondingCase from, AbscondingCase to) {
        to.orgUnit = from.orgUnit;
        to.subjectId = from.subjectId;
        to.steps = from.steps;
        to.status = from.status;
        to.endedOn = from.endedOn;
        to.endNote = from.endNote;
        to.escalation = from.escalation;
        to.escalatedTo = from.escalatedTo;
    }

    @Transactional
    public AbscondingCaseView create(UUID subjectId, AbscondingCaseInput input) {
        return view(createEntity(AbscondingCaseSyncInput.of(subjectId, input)));
    }

    /** The one create path, used by the API and by sync. */
    @Override
    @Transactional
    public AbscondingCase createEntity(AbscondingCaseSyncInput input) {
        Subject subject = subjects.writableSubject(input.subjectId());
        SubjectService.requireWithinTerm(subject, input.discoveredOn(), "discoveredOn");
        if (AbscondingCase.count("subjectId = ?1 and status = ?2", subject.id, AbscondingStatus.OPEN) > 0) {
            throw ApiException.conflict("该对象已有正在查找的脱管案件，请在该案件中登记查找措施");
        }
        return subjects.addPart(subject, input.id(), new AbscondingCase(), c -> apply(input, c));
    }

    /** The one update path (sync): the opening fields of an open case; its steps stay on or after the discovery. */
    @Override
    @Transactional
    public void applyUpdate(AbscondingCase c, AbscondingCaseSyncInput input) {
        if (!c.subjectId.equals(input.subjectId())) {
            throw ApiException.invalid("subjectId", "脱管案件所属的矫正对象不能更改");
        }
        Subject subject = subjects.writableSubject(c.subjectId);
        requireOpen(c);
        SubjectService.requireWithinTerm(subject, input.discoveredOn(), "discoveredOn");
        if (c.steps.stream().anyMatch(s -> s.takenOn().isBefore(input.discoveredOn()))) {
            throw ApiException.invalid("discoveredOn", "发现日期不能晚于已登记的查找措施日期");
        }
        audit.update(c, e -> apply(input, e));
    }

    /** 查找: one more dated step of the search, on an open case. */
    @Transactional
    public AbscondingCaseView addStep(UUID id, String ifMatch, AbscondingStepInput input) {
        return act(id, ifMatch, input.version(), input.takenOn(), "takenOn", c -> {
            List<AbscondingStep> steps = new ArrayList<>(c.steps);
            steps.add(new AbscondingStep(input.takenOn(), input.kind(), input.takenBy().strip(), input.note().strip()));
            c.steps = steps;
        });
    }

    /** 查找到: the search ends with the subject found. */
    @Transactional
    public AbscondingCaseView found(UUID id, String ifMatch, AbscondingFoundInput input) {
        return act(id, ifMatch, input.version(), input.foundOn(), "foundOn", c -> {
            c.status = AbscondingStatus.FOUND;
            c.endedOn = input.foundOn();
            c.endNote = input.how().strip();
        });
    }

    /** 查找不到: handed to the police for pursuit, or a proposal to revoke or commit to prison. */
    @Transactional
    public AbscondingCaseView escalate(UUID id, String ifMatch, AbscondingEscalateInput input) {
        return act(id, ifMatch, input.version(), input.escalatedOn(), "escalatedOn", c -> {
            c.status = AbscondingStatus.ESCALATED;
            c.endedOn = input.escalatedOn();
            c.escalation = input.escalation();
            c.escalatedTo = input.escalatedTo().strip();
            c.endNote = CorrectionsMapper.strip(input.note());
        });
    }

    /** An action on an open case, dated within the correction and not before anything of the case. */
    private AbscondingCaseView act(UUID id, String ifMatch, Long version, LocalDate on, String field, Consumer<AbscondingCase> change) {
        Subject subject = subjects.writableSubject(load(id, LockModeType.NONE).subjectId);
        AbscondingCase c = loadForAction(id, ifMatch, version);
        requireOpen(c);
        SubjectService.requireWithinTerm(subject, on, field);
        if (on.isBefore(c.lastDate())) {
            throw ApiException.invalid(field, "日期不能早于发现日期或上一项查找措施的日期 " + c.lastDate());
        }
        audit.update(c, change);
        return view(c);
    }

    public PageResult<AbscondingCaseView> ofSubject(UUID subjectId, PageRequest page) {
        Sort sort = page.toSort(SORTABLE, Sort.ascending("discoveredOn").and("id"));
        return PageResult.of(AbscondingCase.class, subjects.partsOf(subjectId), sort, page, this::view);
    }

    public PageResult<AbscondingCaseView> list(String orgUnit, AbscondingStatus status, LocalDate from, LocalDate to,
                                               PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("status = :status", "status", status)
                .and("discoveredOn >= :from", "from", from)
                .and("discoveredOn <= :to", "to", to);
        return PageResult.of(AbscondingCase.class, query, page.toSort(SORTABLE, Sort.descending("discoveredOn").and("id")), page,
                this::view);
    }

    private static void requireOpen(AbscondingCase c) {
        if (c.status != AbscondingStatus.OPEN) {
            throw ApiException.conflict("该脱管案件已" + switch (c.status) {
                case FOUND -> "查找到案";
                case CORRECTION_ENDED -> "因矫正结束而终结";
                default -> "移交或提请";
            } + "，不能再变更");
        }
    }

}
