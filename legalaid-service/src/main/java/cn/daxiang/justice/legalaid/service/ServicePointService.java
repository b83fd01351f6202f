package cn.daxiang.justice.legalaid.service;

import cn.daxiang.justice.kit.domain.RecordService;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.legalaid.api.ServicePointInput;
import cn.daxiang.justice.legalaid.api.ServicePointView;
import cn.daxiang.justice.legalaid.domain.ServicePoint;
import cn.daxiang.justice.legalaid.domain.ServicePointLevel;
import cn.daxiang.justice.legalaid.domain.ServicePointStatus;
import cn.daxiang.justice.legalaid.mapping.ServicePointMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/** Service points: every read and write goes through the caller's scope and every write leaves an audit row. */
@ApplicationScoped
public class ServicePointService extends RecordService<ServicePoint, ServicePointInput, ServicePointView> {

    static final String WHAT = "公共法律服务网点";
    static final Map<String, String> SORTABLE = Map.of("name", "name", "level", "level", "createdAt", "createdAt");

    ServicePointService() {
        super(ServicePoint.class, WHAT, ServicePoint::new);
    }

    @Override
    public void apply(ServicePointInput input, ServicePoint point) {
        ServicePointMapper.apply(input, point);
    }

    @Override
    public ServicePointView view(ServicePoint point) {
        return ServicePointMapper.toView(point);
    }

    public PageResult<ServicePointView> list(String orgUnit, ServicePointLevel level, ServicePointStatus status,
                                             PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("level = :level", "level", level)
                .and("status = :status", "status", status);
        Sort sort = page.toSort(SORTABLE, Sort.ascending("orgUnit").and("name").and("id"));
        return PageResult.of(ServicePoint.class, query, sort, page,
                ServicePointMapper::toView);
    }
}
