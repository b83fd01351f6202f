package cn.daxiang.justice.legalaid.service;

import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.domain.Records;
import cn.daxiang.justice.kit.domain.Versioning;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.CallerScope;
import cn.daxiang.justice.legalaid.api.ServicePointInput;
import cn.daxiang.justice.legalaid.api.ServicePointView;
import cn.daxiang.justice.legalaid.domain.ServicePoint;
import cn.daxiang.justice.legalaid.domain.ServicePointLevel;
import cn.daxiang.justice.legalaid.domain.ServicePointStatus;
import cn.daxiang.justice.legalaid.mapping.ServicePointMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.UUID;

/** Service points: every read and write goes through the caller's scope and every write leaves an audit row. */
@ApplicationScoped
public class ServicePointService {

    static final String WHAT = "公共法律服务网点";
    static final Map<String, String> SORTABLE = Map.of("name", "name", "level", "level", "createdAt", "createdAt");

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    @Transactional
    public ServicePointView create(ServicePointInput input) {
        return ServicePointMapper.toView(createEntity(input));
    }

    /** The one create path of service points, used by the API's POST and by township sync. */
    @Transactional
    public ServicePoint createEntity(ServicePointInput input) {
        caller.requireWritable(input.orgUnit());
        Records.requireNew(ServicePoint.class, input.id());
        ServicePoint point = new ServicePoint();
        point.id = input.id();
        ServicePointMapper.apply(input, point);
        point.persist();
        audit.created(point);
        return point;
    }

    @Transactional
    public ServicePointView update(UUID id, String ifMatch, ServicePointInput input) {
        ServicePoint point = load(id, LockModeType.PESSIMISTIC_WRITE);
        Versioning.check(point, Versioning.expected(ifMatch, input.version()));
        applyUpdate(point, input);
        return ServicePointMapper.toView(point);
    }

    /**
     * The one update path of service points, on a record the caller has locked and version-checked:
     * used by the API's PUT and by township sync.
     */
    @Transactional
    public void applyUpdate(ServicePoint point, ServicePointInput input) {
        caller.requireWritable(point.orgUnit);
        caller.requireWritable(input.orgUnit());
        audit.update(point, p -> ServicePointMapper.apply(input, p));
    }

    public ServicePointView get(UUID id) {
        return ServicePointMapper.toView(load(id, LockModeType.NONE));
    }

    public PageResult<ServicePointView> list(String orgUnit, ServicePointLevel level, ServicePointStatus status,
                                             PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("level = :level", "level", level)
                .and("status = :status", "status", status);
        Sort sort = page.toSort(SORTABLE, Sort.ascending("orgUnit").and("name").and("id"));
        return PageResult.of(ServicePoint.<ServicePoint>find(query.where(), sort, query.parameters()), page,
                ServicePointMapper::toView);
    }

    private ServicePoint load(UUID id, LockModeType lock) {
        ServicePoint point = ServicePoint.<ServicePoint>findByIdOptional(id, lock)
                .orElseThrow(() -> ApiException.notFound(WHAT, id));
        caller.requireVisible(point.orgUnit, WHAT, id);
        return point;
    }
}
