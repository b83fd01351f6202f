package cn.daxiang.justice.legalaid.mapping;

import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.legalaid.api.ServicePointInput;
import cn.daxiang.justice.legalaid.api.ServicePointView;
import cn.daxiang.justice.legalaid.domain.ServicePoint;
import cn.daxiang.justice.legalaid.domain.ServicePointStatus;

/** Between the service point entity and what the API sends and receives. */
public final class ServicePointMapper {

    private ServicePointMapper() {
    }

    public static ServicePointView toView(ServicePoint p) {
        return new ServicePointView(p.id, p.orgUnit, p.version, p.level, p.name, p.address, p.status,
                p.openedOn, p.closedOn, p.createdAt, p.updatedAt);
    }

    public static void apply(ServicePointInput input, ServicePoint p) {
        p.orgUnit = input.orgUnit();
        p.level = input.level();
        p.name = input.name().strip();
        p.address = LegalAidMapper.blankToNull(input.address());
        p.status = input.status();
        if (input.closedOn() != null && input.status() != ServicePointStatus.CLOSED) {
            throw ApiException.invalid("closedOn", "只有状态为 CLOSED 的网点才能有关闭日期");
        }
        if (input.closedOn() != null && input.openedOn() != null && input.closedOn().isBefore(input.openedOn())) {
            throw ApiException.invalid("closedOn", "关闭日期不能早于开放日期");
        }
        p.openedOn = input.openedOn();
        p.closedOn = input.closedOn();
    }
}
