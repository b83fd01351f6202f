package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.kit.stats.MetricDefinition;
import cn.daxiang.justice.kit.stats.TableStats;

import java.util.List;

/** The metrics of correction teams (矫正小组) and plans (矫正方案): one aggregate statement over each table. */
final class TeamPlanStats {

    /** A member in the team at the end of {@code to}, of a subject in correction then. */
    static final String ON_TEAM = "m.joined_on <= :to AND (m.left_on IS NULL OR m.left_on >= :to) AND " + CorrectionsStats.ACTIVE;

    static final TableStats TEAM = TableStats.over("team_member m JOIN subject s ON s.id = m.subject_id", "m.org_unit")
            .where("m.joined_on" + CorrectionsStats.IN + " OR m.left_on" + CorrectionsStats.IN + " OR (" + ON_TEAM + ")")
            .count("corrections.team.joined", "m.joined_on" + CorrectionsStats.IN)
            .count("corrections.team.left", "m.left_on" + CorrectionsStats.IN)
            .count("corrections.team.members", ON_TEAM)
            .number("corrections.team.subjectsWithTeam", "count(DISTINCT m.subject_id) FILTER (WHERE " + ON_TEAM + ")");

    static final TableStats PLANS = TableStats.over("correction_plan", "org_unit")
            .where("drawn_up_on" + CorrectionsStats.IN)
            .count("corrections.plans.drawnUp", "plan_version = 1")
            .count("corrections.plans.adjusted", "plan_version > 1");

    static final List<MetricDefinition> CATALOG = List.of(
            new MetricDefinition("corrections.team.joined", "矫正小组成员加入人次", "Team members joined",
                    "加入日期落在期间内的矫正小组成员记录数（社区矫正法第二十五条）"),
            new MetricDefinition("corrections.team.left", "矫正小组成员退出人次", "Team members left",
                    "退出日期落在期间内的矫正小组成员记录数"),
            new MetricDefinition("corrections.team.members", "在组矫正小组成员数", "Team members on the last day",
                    "截至 to 日在组的成员数：加入日期 ≤ to，未退出或退出日期 ≥ to，且其矫正对象当日在矫"),
            new MetricDefinition("corrections.team.subjectsWithTeam", "已确定矫正小组的在矫对象数", "Subjects with a team",
                    "截至 to 日在矫、且当日至少有一名在组矫正小组成员的矫正对象人数"),
            new MetricDefinition("corrections.plans.drawnUp", "制定矫正方案数", "Correction plans drawn up",
                    "制定日期落在期间内的首版矫正方案数（社区矫正法第二十四条）"),
            new MetricDefinition("corrections.plans.adjusted", "调整矫正方案次数", "Correction plans adjusted",
                    "制定日期落在期间内的第二版及以后的矫正方案数（根据对象表现调整）"));

    private TeamPlanStats() {
    }
}
