package cn.daxiang.justice.legalaid.service;

import cn.daxiang.justice.kit.domain.RecordService;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.legalaid.api.DutyLawyerServiceInput;
import cn.daxiang.justice.legalaid.api.DutyLawyerServiceView;
import cn.daxiang.justice.legalaid.domain.DutyLawyerService;
import cn.daxiang.justice.legalaid.domain.DutyServiceKind;
import cn.daxiang.justice.legalaid.domain.ServicePoint;
import cn.daxiang.justice.legalaid.domain.ServicePointLevel;
import cn.daxiang.justice.legalaid.mapping.LegalAidMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Duty lawyers' services (值班律师法律帮助, 法律援助法第三十条; 《法律援助值班律师工作办法》): who gave which help, where and
 * when, to whom (the suspect's name, masked as every name is). The lawyer is a provider and the place a workstation
 * (WORKSTATION service point), both in the caller's scope as for an assignment (400 otherwise).
 */
@ApplicationScoped
public class DutyLawyerServices extends RecordService<DutyLawyerService, DutyLawyerServiceInput, DutyLawyerServiceView> {

    static final String WHAT = "值班律师法律帮助记录";
    static final Map<String, String> SORTABLE = Map.of("servedOn", "servedOn", "kind", "kind", "createdAt", "createdAt");

    @Inject
    ProviderService providers;

    DutyLawyerServices() {
        super(DutyLawyerService.class, WHAT, DutyLawyerService::new);
    }

    @Override
    protected void check(DutyLawyerServiceInput input) {
        providers.inScope(input.providerId(), "providerId");
        ServicePoint point = ServicePoint.findById(input.servicePointId());
        if (point == null || !caller.covers(point.orgUnit)) {
            throw ApiException.invalid("servicePointId", "未找到该法律援助工作站");
        }
        if (point.level != ServicePointLevel.WORKSTATION) {
            throw ApiException.invalid("servicePointId", "值班律师在法律援助工作站提供法律帮助，该网点不是工作站");
        }
    }

    @Override
    public void apply(DutyLawyerServiceInput input, DutyLawyerService s) {
        LegalAidMapper.apply(input, s);
    }

    @Override
    public DutyLawyerServiceView view(DutyLawyerService s) {
        return LegalAidMapper.toView(s, personalData.single());
    }

    public PageResult<DutyLawyerServiceView> list(String orgUnit, DutyServiceKind kind, UUID providerId, UUID servicePointId,
                                                  LocalDate servedFrom, LocalDate servedTo, PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("kind = :kind", "kind", kind)
                .and("providerId = :providerId", "providerId", providerId)
                .and("servicePointId = :servicePointId", "servicePointId", servicePointId)
                .and("servedOn >= :servedFrom", "servedFrom", servedFrom)
                .and("servedOn <= :servedTo", "servedTo", servedTo);
        Sort sort = page.toSort(SORTABLE, Sort.descending("servedOn").and("id"));
        return PageResult.of(DutyLawyerService.class, query, sort, page, s -> LegalAidMapper.toView(s, personalData.bulk()));
    }
}
