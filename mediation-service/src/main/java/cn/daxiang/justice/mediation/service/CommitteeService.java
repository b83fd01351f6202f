package cn.daxiang.justice.mediation.service;

import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.domain.Records;
import cn.daxiang.justice.kit.domain.Versioning;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.CallerScope;
import cn.daxiang.justice.mediation.api.CommitteeInput;
import cn.daxiang.justice.mediation.api.CommitteeView;
import cn.daxiang.justice.mediation.domain.Committee;
import cn.daxiang.justice.mediation.domain.CommitteeLevel;
import cn.daxiang.justice.mediation.domain.CommitteeStatus;
import cn.daxiang.justice.mediation.mapping.CommitteeMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.UUID;

/** Mediation committees: every read and write goes through the caller's scope and leaves an audit row. */
@ApplicationScoped
public class CommitteeService {

    static final String WHAT = "人民调解委员会";
    static final Map<String, String> SORTABLE = Map.of(
            "name", "name", "termStart", "termStart", "createdAt", "createdAt");

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    @Transactional
    public CommitteeView create(CommitteeInput input) {
        return CommitteeMapper.toView(createEntity(input));
    }

    /** The one way a committee is created, by the API's POST and by sync: scope, checks, audit. */
    @Transactional
    public Committee createEntity(CommitteeInput input) {
        caller.requireWritable(input.orgUnit());
        checkTerm(input);
        Records.requireNew(Committee.class, input.id());
        Committee committee = new Committee();
        committee.id = input.id();
        CommitteeMapper.apply(input, committee);
        committee.persist();
        audit.created(committee);
        return committee;
    }

    @Transactional
    public CommitteeView update(UUID id, String ifMatch, CommitteeInput input) {
        Committee committee = load(id, LockModeType.PESSIMISTIC_WRITE);
        Versioning.check(committee, Versioning.expected(ifMatch, input.version()));
        applyUpdate(committee, input);
        return CommitteeMapper.toView(committee);
    }

    /**
     * The one way a committee is changed, by the API's PUT and by sync, on a record the caller has
     * locked and version-checked: scope, checks, new version, audit.
     */
    @Transactional
    public void applyUpdate(Committee committee, CommitteeInput input) {
        caller.requireWritable(committee.orgUnit);
        caller.requireWritable(input.orgUnit());
        checkTerm(input);
        audit.update(committee, c -> CommitteeMapper.apply(input, c));
    }

    public CommitteeView get(UUID id) {
        return CommitteeMapper.toView(load(id, LockModeType.NONE));
    }

    public PageResult<CommitteeView> list(String orgUnit, CommitteeStatus status, CommitteeLevel level, PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("status = :status", "status", status)
                .and("level = :level", "level", level);
        Sort sort = page.toSort(SORTABLE, Sort.ascending("name").and("id"));
        return PageResult.of(Committee.<Committee>find(query.where(), sort, query.parameters()), page,
                CommitteeMapper::toView);
    }

    private Committee load(UUID id, LockModeType lock) {
        Committee committee = Committee.<Committee>findByIdOptional(id, lock)
                .orElseThrow(() -> ApiException.notFound(WHAT, id));
        caller.requireVisible(committee.orgUnit, WHAT, id);
        return committee;
    }

    private static void checkTerm(CommitteeInput input) {
        if (input.termEnd() != null && input.termEnd().isBefore(input.termStart())) {
            throw ApiException.invalid("termEnd", "任期结束日期不能早于任期开始日期");
        }
    }
}
