package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.kit.stats.MetricDefinition;
import cn.daxiang.justice.kit.stats.TableStats;

import java.util.List;

/** The metrics of revocation proposals: one aggregate statement over their table, by proposal date and decision date. */
final class RevocationStats {

    private RevocationStats() {
    }

    static final TableStats TABLE = TableStats.over("revocation_proposal", "org_unit")
            .where("proposed_on" + CorrectionsStats.IN + " OR decided_on" + CorrectionsStats.IN)
            .count("corrections.revocation.proposals", "proposed_on" + CorrectionsStats.IN)
            .count("corrections.revocation.submitted", "proposed_on" + CorrectionsStats.IN
                    + " AND status IN ('SUBMITTED', 'GRANTED', 'DENIED')")
            .count("corrections.revocation.granted", "status = 'GRANTED' AND decided_on" + CorrectionsStats.IN)
            .count("corrections.revocation.denied", "status = 'DENIED' AND decided_on" + CorrectionsStats.IN);

    static final List<MetricDefinition> CATALOG = List.of(
            new MetricDefinition("corrections.revocation.proposals", "提请撤销缓刑、假释或收监执行数", "Revocation proposals",
                    "提请日期落在期间内的提请撤销缓刑、撤销假释、收监执行记录数（含审批中、审批未同意的）"),
            new MetricDefinition("corrections.revocation.submitted", "已向人民法院、决定机关提请数", "Revocation proposals submitted",
                    "上述记录中经区局审批同意、已提请人民法院或决定机关的数量（含已裁定、决定的）"),
            new MetricDefinition("corrections.revocation.granted", "裁定撤销缓刑、假释或决定收监执行数", "Revocation proposals granted",
                    "裁定、决定日期落在期间内、人民法院裁定撤销缓刑、假释或决定机关决定收监执行的数量"),
            new MetricDefinition("corrections.revocation.denied", "不予撤销、不予收监数", "Revocation proposals denied",
                    "裁定、决定日期落在期间内、人民法院或决定机关不予撤销、不予收监的数量"));
}
