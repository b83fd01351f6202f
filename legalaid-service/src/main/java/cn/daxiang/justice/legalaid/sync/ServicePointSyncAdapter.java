package cn.daxiang.justice.legalaid.sync;

import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.kit.sync.RecordContent;
import cn.daxiang.justice.kit.sync.SyncAdapter;
import cn.daxiang.justice.legalaid.api.ServicePointInput;
import cn.daxiang.justice.legalaid.domain.ServicePoint;
import cn.daxiang.justice.legalaid.mapping.ServicePointMapper;
import cn.daxiang.justice.legalaid.service.ServicePointService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/** Service points over township sync, through {@link ServicePointService}'s own create and update paths. */
@ApplicationScoped
public class ServicePointSyncAdapter implements SyncAdapter<ServicePoint, ServicePointInput> {

    @Inject
    ServicePointService points;

    @Override
    public String resource() {
        return "service-points";
    }

    @Override
    public Class<ServicePoint> entityType() {
        return ServicePoint.class;
    }

    @Override
    public Class<ServicePointInput> inputType() {
        return ServicePointInput.class;
    }

    @Override
    public UUID id(ServicePointInput input) {
        return input.id();
    }

    @Override
    public Long version(ServicePointInput input) {
        return input.version();
    }

    @Override
    public String orgUnit(ServicePointInput input) {
        return input.orgUnit();
    }

    @Override
    public ServicePoint create(ServicePointInput input) {
        return points.createEntity(input);
    }

    @Override
    public void update(ServicePoint current, ServicePointInput input) {
        points.applyUpdate(current, input);
    }

    @Override
    public Object view(ServicePoint entity, Disclosure disclosure) {
        return ServicePointMapper.toView(entity);
    }

    /** The mapper's own checks (closing date) apply here too: an invalid input is rejected, never "unchanged". */
    @Override
    public boolean sameContent(ServicePoint current, ServicePointInput input) {
        ServicePoint candidate = new ServicePoint();
        ServicePointMapper.apply(input, candidate);
        return RecordContent.same(current, candidate);
    }
}
