package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.kit.stats.MetricDefinition;
import cn.daxiang.justice.kit.stats.TableStats;

import java.util.List;

/** The metrics of supervision records: one aggregate statement over their table, by the record's date. */
final class SupervisionStats {

    private SupervisionStats() {
    }

    static final TableStats TABLE = TableStats.over("supervision_record", "org_unit")
            .where("occurred_on" + CorrectionsStats.IN)
            .count("corrections.supervision.records", null)
            .count("corrections.supervision.homeVisits", "kind = 'HOME_VISIT'")
            .count("corrections.supervision.informationChecks", "kind = 'INFORMATION_CHECK'")
            .count("corrections.supervision.abnormal", "abnormal");

    static final List<MetricDefinition> CATALOG = List.of(
            new MetricDefinition("corrections.supervision.records", "监督管理记录数", "Supervision records",
                    "日期落在期间内的监督管理记录数（报到、入矫宣告、日常报告、通讯联系、实地查访、走访、信息化核查）"),
            new MetricDefinition("corrections.supervision.homeVisits", "实地查访次数", "Home visits",
                    "上述记录中方式为 HOME_VISIT（实地查访，家庭）的数量"),
            new MetricDefinition("corrections.supervision.informationChecks", "信息化核查次数", "Information checks",
                    "上述记录中方式为 INFORMATION_CHECK（信息化核查）的数量"),
            new MetricDefinition("corrections.supervision.abnormal", "发现异常次数", "Supervision finding something abnormal",
                    "上述记录中标记发现异常的数量"));
}
