package cn.daxiang.justice.legalaid.service;

import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.domain.Records;
import cn.daxiang.justice.kit.domain.Versioning;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.CallerScope;
import cn.daxiang.justice.legalaid.api.ProviderInput;
import cn.daxiang.justice.legalaid.api.ProviderView;
import cn.daxiang.justice.legalaid.api.WorkloadView;
import cn.daxiang.justice.legalaid.domain.Provider;
import cn.daxiang.justice.legalaid.domain.ProviderKind;
import cn.daxiang.justice.legalaid.mapping.LegalAidMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Providers and their workload (counted in SQL). */
@ApplicationScoped
public class ProviderService {

    static final String WHAT = "法律援助人员";
    static final Map<String, String> SORTABLE = Map.of("name", "name", "kind", "kind", "createdAt", "createdAt");

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    @Transactional
    public ProviderView create(ProviderInput input) {
        return LegalAidMapper.toView(createEntity(input));
    }

    /** The one create path of providers, used by the API's POST and by township sync. */
    @Transactional
    public Provider createEntity(ProviderInput input) {
        caller.requireWritable(input.orgUnit());
        Records.requireNew(Provider.class, input.id());
        Provider p = new Provider();
        p.id = input.id();
        LegalAidMapper.apply(input, p);
        p.persist();
        audit.created(p);
        return p;
    }

    @Transactional
    public ProviderView update(UUID id, String ifMatch, ProviderInput input) {
        Provider p = load(id, LockModeType.PESSIMISTIC_WRITE);
        Versioning.check(p, Versioning.expected(ifMatch, input.version()));
        applyUpdate(p, input);
        return LegalAidMapper.toView(p);
    }

    /**
     * The one update path of providers, on a record the caller has locked and version-checked:
     * used by the API's PUT and by township sync.
     */
    @Transactional
    public void applyUpdate(Provider p, ProviderInput input) {
        caller.requireWritable(p.orgUnit);
        caller.requireWritable(input.orgUnit());
        audit.update(p, r -> LegalAidMapper.apply(input, r));
    }

    public ProviderView get(UUID id) {
        return LegalAidMapper.toView(load(id, LockModeType.NONE));
    }

    public PageResult<ProviderView> list(String orgUnit, ProviderKind kind, Boolean senior, PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("kind = :kind", "kind", kind)
                .and("senior = :senior", "senior", senior);
        Sort sort = page.toSort(SORTABLE, Sort.ascending("name").and("id"));
        return PageResult.of(Provider.<Provider>find(query.where(), sort, query.parameters()), page, LegalAidMapper::toView);
    }

    /** Cases assigned per year and those still open, one SQL aggregate each. */
    @SuppressWarnings("unchecked")
    public WorkloadView workload(UUID id) {
        Provider p = load(id, LockModeType.NONE);
        List<Object[]> rows = Provider.getEntityManager().createNativeQuery("""
                SELECT CAST(extract(year FROM assigned_on) AS integer) AS y,
                       count(*),
                       count(*) FILTER (WHERE status = 'CLOSED')
                FROM legal_aid_case WHERE provider_id = :provider AND assigned_on IS NOT NULL
                GROUP BY 1 ORDER BY 1
                """).setParameter("provider", p.id).getResultList();
        Number open = (Number) Provider.getEntityManager().createNativeQuery(
                        "SELECT count(*) FROM legal_aid_case WHERE provider_id = :provider AND status = 'ASSIGNED'")
                .setParameter("provider", p.id).getSingleResult();
        List<WorkloadView.Year> years = rows.stream()
                .map(r -> new WorkloadView.Year(((Number) r[0]).intValue(), ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue()))
                .toList();
        return new WorkloadView(p.id, open.longValue(), years);
    }

    private Provider load(UUID id, LockModeType lock) {
        Provider p = Provider.<Provider>findByIdOptional(id, lock).orElseThrow(() -> ApiException.notFound(WHAT, id));
        caller.requireVisible(p.orgUnit, WHAT, id);
        return p;
    }
}
