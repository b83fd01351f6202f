package cn.daxiang.justice.legalaid.service;

import cn.daxiang.justice.kit.domain.RecordService;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.legalaid.api.ProviderInput;
import cn.daxiang.justice.legalaid.api.ProviderView;
import cn.daxiang.justice.legalaid.api.WorkloadView;
import cn.daxiang.justice.legalaid.domain.Provider;
import cn.daxiang.justice.legalaid.domain.ProviderKind;
import cn.daxiang.justice.legalaid.mapping.LegalAidMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Providers and their workload (counted in SQL). */
@ApplicationScoped
public class ProviderService extends RecordService<Provider, ProviderInput, ProviderView> {

    static final String WHAT = "法律援助人员";
    static final Map<String, String> SORTABLE = Map.of("name", "name", "kind", "kind", "createdAt", "createdAt");

    ProviderService() {
        super(Provider.class, WHAT, Provider::new);
    }

    @Override
    public void apply(ProviderInput input, Provider p) {
        LegalAidMapper.apply(input, p);
    }

    @Override
    public ProviderView view(Provider p) {
        return LegalAidMapper.toView(p);
    }

    public PageResult<ProviderView> list(String orgUnit, ProviderKind kind, Boolean senior, PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("kind = :kind", "kind", kind)
                .and("senior = :senior", "senior", senior);
        Sort sort = page.toSort(SORTABLE, Sort.ascending("name").and("id"));
        return PageResult.of(Provider.class, query, sort, page, LegalAidMapper::toView);
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

    /** A provider named by another record (an assignment, a duty-lawyer service): one the caller sees, else 400 on {@code field}. */
    public Provider inScope(UUID id, String field) {
        Provider provider = id == null ? null : Provider.findById(id);
        if (provider == null || !caller.covers(provider.orgUnit)) {
            throw ApiException.invalid(field, "未找到该法律援助人员");
        }
        return provider;
    }
}
