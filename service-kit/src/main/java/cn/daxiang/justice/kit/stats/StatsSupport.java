package cn.daxiang.justice.kit.stats;

import cn.daxiang.justice.kit.config.KitConfig;
import cn.daxiang.justice.kit.orgunit.OrgUnitDirectory;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.CallerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * Resolves a stats request against the caller's scope and wraps a line's figures in the
 * conventions' answer. The figures themselves are each line's own SQL aggregates.
 */
@ApplicationScoped
public class StatsSupport {

    @Inject
    CallerScope caller;

    @Inject
    OrgUnitDirectory orgUnits;

    @Inject
    KitConfig.Stats config;

    Clock clock = Clock.systemDefaultZone();

    public StatsPeriod resolve(StatsRequest request) {
        String orgUnit = request.orgUnit == null || request.orgUnit.isBlank() ? caller.orgUnit() : request.orgUnit.strip();
        if (!orgUnits.isKnown(orgUnit) && !orgUnit.equals(caller.orgUnit())) {
            throw ApiException.invalid("orgUnit", "未知的机构代码");
        }
        if (!caller.covers(orgUnit)) {
            throw ApiException.forbidden("机构 " + orgUnit + " 不在您的管辖范围内");
        }
        LocalDate to = request.to == null ? LocalDate.now(clock) : request.to;
        if (request.from != null && request.from.isAfter(to)) {
            throw ApiException.invalid("from", "统计起始日期不能晚于截止日期");
        }
        return new StatsPeriod(orgUnit, request.from, to);
    }

    public StatsResponse answer(StatsPeriod period, Map<String, Number> metrics) {
        return new StatsResponse(period.orgUnit(), period.from(), period.to(), Instant.now(clock),
                config.recordsCompleteFrom().orElse(null), metrics);
    }
}
