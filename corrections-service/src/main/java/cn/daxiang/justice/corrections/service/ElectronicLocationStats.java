package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.kit.stats.MetricDefinition;
import cn.daxiang.justice.kit.stats.TableStats;

import java.util.List;

/** The electronic-location metrics of the corrections line (社区矫正法 第二十九条): one aggregate over its table. */
final class ElectronicLocationStats {

    /** In use at the end of {@code to}: started, not past its end, not ended (解除) by then. */
    static final String ACTIVE = "starts_on <= :to AND ends_on >= :to AND (ended_on IS NULL OR ended_on > :to)";

    static final TableStats TABLE = TableStats.over("electronic_location", "org_unit")
            .where("decided_on" + CorrectionsStats.IN + " OR (" + ACTIVE + ")")
            .count("corrections.electronicLocation.decided", "decided_on" + CorrectionsStats.IN)
            .count("corrections.electronicLocation.active", ACTIVE);

    static final List<MetricDefinition> CATALOG = List.of(
            new MetricDefinition("corrections.electronicLocation.decided", "电子定位决定数", "Electronic location decisions",
                    "决定日期落在期间内的电子定位决定数（含延长决定，每次延长计一次）"),
            new MetricDefinition("corrections.electronicLocation.active", "使用电子定位人数", "Subjects under electronic location",
                    "截至 to 日正在使用电子定位的记录数：起始日期 ≤ to ≤ 截止日期，且未解除或解除日期晚于 to"));

    private ElectronicLocationStats() {
    }
}
