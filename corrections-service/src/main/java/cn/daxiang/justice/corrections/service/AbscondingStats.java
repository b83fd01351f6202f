package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.kit.stats.MetricDefinition;
import cn.daxiang.justice.kit.stats.TableStats;

import java.util.List;

/** The metrics of absconding cases (脱管) and of rewards (表扬): one aggregate statement over each table. */
final class AbscondingStats {

    /** Still searched for at the end of {@code to}: discovered by then, not ended by then. */
    static final String OPEN = "discovered_on <= :to AND (ended_on IS NULL OR ended_on > :to)";

    static final TableStats CASES = TableStats.over("absconding_case", "org_unit")
            .where("discovered_on" + CorrectionsStats.IN + " OR ended_on" + CorrectionsStats.IN + " OR (" + OPEN + ")")
            .count("corrections.absconding.opened", "discovered_on" + CorrectionsStats.IN)
            .count("corrections.absconding.found", "status = 'FOUND' AND ended_on" + CorrectionsStats.IN)
            .count("corrections.absconding.escalated", "status = 'ESCALATED' AND ended_on" + CorrectionsStats.IN)
            .count("corrections.absconding.open", OPEN);

    static final TableStats REWARDS = TableStats.over("reward", "org_unit")
            .where("decided_on" + CorrectionsStats.IN)
            .count("corrections.rewards", null);

    static final List<MetricDefinition> CATALOG = List.of(
            new MetricDefinition("corrections.absconding.opened", "脱管（失去联系）案件数", "Absconding cases opened",
                    "发现日期落在期间内的脱管（失去联系）案件数"),
            new MetricDefinition("corrections.absconding.found", "脱管查找到案数", "Absconding cases: subject found",
                    "查找到的日期落在期间内、结果为查找到（FOUND）的案件数"),
            new MetricDefinition("corrections.absconding.escalated", "脱管移交追逃或提请撤销、收监数", "Absconding cases escalated",
                    "移交或提请日期落在期间内、结果为移交公安机关追逃或提请撤销缓刑、假释、收监执行（ESCALATED）的案件数"),
            new MetricDefinition("corrections.absconding.open", "仍在查找的脱管案件数", "Absconding cases still open",
                    "截至 to 日仍在查找的案件数：发现日期 ≤ to，且未结案或结案日期晚于 to"),
            new MetricDefinition("corrections.rewards", "表扬人次", "Rewards",
                    "决定日期落在期间内的表扬记录数（社区矫正法第二十八条）"));

    private AbscondingStats() {
    }
}
