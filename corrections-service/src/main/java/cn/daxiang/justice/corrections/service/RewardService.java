package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.corrections.api.RewardInput;
import cn.daxiang.justice.corrections.api.RewardView;
import cn.daxiang.justice.corrections.domain.Reward;
import cn.daxiang.justice.corrections.domain.Subject;
import cn.daxiang.justice.corrections.sync.RewardSyncInput;
import cn.daxiang.justice.kit.domain.RecordService;
import cn.daxiang.justice.kit.domain.Versioning;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Rewards (表扬, 社区矫正法 第二十八条) beside the violations' sanctions: decided on a date within the correction, by the
 * authority named, for a reason; recorded under the subject ({@code POST subjects/{id}/rewards}) in its org unit, read
 * and corrected at {@code rewards/{id}}. The subject is locked before the reward, by the API and by sync.
 */
@ApplicationScoped
public class RewardService extends RecordService<Reward, RewardSyncInput, RewardView> {

    public static final String WHAT = "表扬记录";
    static final Map<String, String> SORTABLE = Map.of("decidedOn", "decidedOn", "createdAt", "createdAt", "orgUnit", "orgUnit");

    @Inject
    SubjectService subjects;

    RewardService() {
        super(Reward.class, WHAT, Reward::new);
    }

    @Override
    public void apply(RewardSyncInput input, Reward reward) {
        apply(input.toApiInput(), reward);
    }

    public static void apply(RewardInput input, Reward r) {
        r.decidedOn = input.decidedOn();
        r.decidedBy = input.decidedBy().strip();
        r.reason = input.reason().strip();
    }

    @Override
    public RewardView view(Reward r) {
        return new RewardView(r.id, r.subjectId, r.orgUnit, r.version, r.decidedOn, r.decidedBy, r.reason, r.createdAt, r.updatedAt);
    }

    @Transactional
    public RewardView add(UUID subjectId, RewardInput input) {
        return view(create(subjectId, input));
    }

    /** The one create path, used by the API's POST and by sync. */
    @Transactional
    public Reward create(UUID subjectId, RewardInput input) {
        Subject subject = subjects.writableSubject(subjectId);
        SubjectService.requireWithinTerm(subject, input.decidedOn(), "decidedOn");
        return subjects.addPart(subject, input.id(), new Reward(), r -> apply(input, r));
    }

    /** The API's PUT: the subject locked before the reward, then the version the change is based on. */
    @Transactional
    public RewardView update(UUID id, String ifMatch, RewardInput input) {
        Subject subject = subjects.load(load(id, LockModeType.NONE).subjectId, LockModeType.PESSIMISTIC_WRITE);
        Reward reward = load(id, LockModeType.PESSIMISTIC_WRITE);
        Versioning.check(reward, Versioning.expected(ifMatch, input.version()));
        applyUpdate(subject, reward, input);
        return view(reward);
    }

    /** The one update path, used by the API (after its locks and version check) and by sync (after locking the subject). */
    @Transactional
    public void applyUpdate(Subject subject, Reward reward, RewardInput input) {
        caller.requireWritable(reward.orgUnit);
        SubjectService.requireWithinTerm(subject, input.decidedOn(), "decidedOn");
        audit.update(reward, r -> apply(input, r));
    }

    public PageResult<RewardView> ofSubject(UUID subjectId, PageRequest page) {
        Sort sort = page.toSort(SORTABLE, Sort.ascending("decidedOn").and("id"));
        return PageResult.of(Reward.class, subjects.partsOf(subjectId), sort, page, this::view);
    }

    public PageResult<RewardView> list(String orgUnit, LocalDate from, LocalDate to, PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("decidedOn >= :from", "from", from)
                .and("decidedOn <= :to", "to", to);
        return PageResult.of(Reward.class, query, page.toSort(SORTABLE, Sort.descending("decidedOn").and("id")), page, this::view);
    }
}
