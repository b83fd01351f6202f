package cn.daxiang.justice.legalaid.mapping;

import cn.daxiang.justice.legalaid.domain.ServicePoint;
import cn.daxiang.justice.legalaid.rest.ServicePointInput;
import cn.daxiang.justice.legalaid.rest.ServicePointView;

/** Between the service point entity and what the API sends and receives. */
public final class ServicePointMapper {

    private ServicePointMapper() {
    }

    public static ServicePointView toView(ServicePoint p) {
        return new ServicePointView(p.id, p.orgUnit, p.version, p.level, p.name, p.address, p.status,
                p.createdAt, p.updatedAt);
    }

    public static void apply(ServicePointInput input, ServicePoint p) {
        p.orgUnit = input.orgUnit();
        p.level = input.level();
        p.name = input.name().strip();
        p.address = input.address() == null || input.address().isBlank() ? null : input.address().strip();
        p.status = input.status();
    }
}
