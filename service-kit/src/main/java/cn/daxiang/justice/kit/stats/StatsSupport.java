package cn.daxiang.justice.kit.stats;

import cn.daxiang.justice.kit.config.KitConfig;
import cn.daxiang.justice.kit.orgunit.OrgUnitDirectory;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.CallerScope;
import cn.daxiang.justice.kit.security.OrgUnitCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
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
        if (request.groupBy != null && !request.groupBy.equals("child")) {
            throw ApiException.invalid("groupBy", "分组方式只能是 child（按下级机构）");
        }
        return new StatsPeriod(orgUnit, request.from, to);
    }

    /** The answer to {@code request}: the unit's figures, and with {@code groupBy=child} each direct child's. */
    public StatsResponse answer(StatsRequest request, LineStats figures) {
        StatsPeriod period = resolve(request);
        if (request.groupBy == null) {
            return answer(period, figures.compute(period));
        }
        int childLength = OrgUnitCode.childPrefixLength(period.orgUnit());
        Map<String, String> children = new LinkedHashMap<>();
        orgUnits.children(period.orgUnit(), period.from(), period.to()).forEach(c -> children.put(c.code().substring(0, childLength), c.code()));
        Map<String, Map<String, Number>> byUnit = figures.computeByChild(period, childLength, children);
        Instant asOf = Instant.now(clock);
        List<StatsResponse> answers = children.values().stream()
                .map(c -> response(new StatsPeriod(c, period.from(), period.to()), asOf, byUnit.get(c), null)).toList();
        return response(period, asOf, byUnit.get(period.orgUnit()), answers);
    }

    public StatsResponse answer(StatsPeriod period, Map<String, Number> metrics) {
        return response(period, Instant.now(clock), metrics, null);
    }

    private StatsResponse response(StatsPeriod period, Instant asOf, Map<String, Number> metrics, List<StatsResponse> children) {
        return new StatsResponse(period.orgUnit(), period.from(), period.to(), asOf, config.recordsCompleteFrom().orElse(null),
                metrics, children);
    }
}
