package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.kit.stats.MetricDefinition;
import cn.daxiang.justice.kit.stats.TableStats;

import java.util.List;

/** The metrics of changes of the place of execution: one aggregate statement, by the day of the application. */
final class ResidenceChangeStats {

    private ResidenceChangeStats() {
    }

    static final TableStats TABLE = TableStats.over("residence_change", "org_unit")
            .where("applied_on" + CorrectionsStats.IN)
            .count("corrections.residenceChanges.requests", null)
            .count("corrections.residenceChanges.approved", "status = 'APPROVED'")
            .count("corrections.residenceChanges.outOfDistrict", "status = 'APPROVED' AND new_place IS NOT NULL");

    static final List<MetricDefinition> CATALOG = List.of(
            new MetricDefinition("corrections.residenceChanges.requests", "变更执行地申请数", "Requests to change the place of execution",
                    "申请日期落在期间内的变更执行地申请数（含审批中）"),
            new MetricDefinition("corrections.residenceChanges.approved", "批准变更执行地数", "Changes of the place of execution approved",
                    "上述申请中已批准的数量（区内转移与区外转出）"),
            new MetricDefinition("corrections.residenceChanges.outOfDistrict", "变更执行地转出本区人数", "Transferred out of the district",
                    "上述已批准申请中新执行地在本区以外的数量（在本区终结矫正，档案移交新执行地）"));
}
