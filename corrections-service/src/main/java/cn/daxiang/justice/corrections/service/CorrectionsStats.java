package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.kit.clock.Deadlines;
import cn.daxiang.justice.kit.stats.LineStats;
import cn.daxiang.justice.kit.stats.MetricCatalog;
import cn.daxiang.justice.kit.stats.MetricDefinition;
import cn.daxiang.justice.kit.stats.TableStats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * The corrections line's metrics. Each metric is a {@code count(*) FILTER (WHERE ...)} of the one
 * aggregate statement of its table (org unit by prefix, the events' dates), computed from the records
 * themselves. Never a loop over entities.
 */
@ApplicationScoped
public class CorrectionsStats implements LineStats {

    static final String IN = " BETWEEN :from AND :to";
    static final String ACTIVE = "s.intake_date <= :to AND (s.ended_on IS NULL OR s.ended_on > :to)";

    /**
     * A subject under review as a suspected duplicate counts once per scope: the later record is left out
     * while the earlier one is in the same scope. A scope that holds only one of the two (a township's)
     * counts its own record, so its figures reveal nothing of the other unit.
     */
    static final String COUNTED = "NOT EXISTS (SELECT 1 FROM unnest(dup.units) u WHERE u LIKE {scope})";

    /**
     * Subjects received, released and terminated in the period, and those in correction at the end of
     * {@code to}, by type and by the level they had on that day: one pass over the subjects.
     */
    static final TableStats SUBJECTS = TableStats.over("""
                    subject s
                    LEFT JOIN LATERAL (
                        SELECT h.supervision_level FROM subject_level h
                        WHERE h.subject_id = s.id AND h.effective_on <= :to AND %1$s
                        ORDER BY h.effective_on DESC, h.created_at DESC, h.id DESC
                        LIMIT 1) l ON true
                    LEFT JOIN LATERAL (
                        SELECT array_agg(e.org_unit) AS units
                        FROM suspected_duplicate d JOIN subject e ON e.id = d.existing_subject_id
                        WHERE d.subject_id = s.id AND d.status = 'OPEN') dup ON true""".formatted(ACTIVE), "s.org_unit")
            .where("s.intake_date" + IN + " OR s.ended_on" + IN + " OR (" + ACTIVE + ")")
            .count("corrections.subjects.received", "s.intake_date" + IN + " AND " + COUNTED)
            .count("corrections.subjects.released", ended("RELEASED", null))
            .count("corrections.subjects.released.termServed", ended("RELEASED", "TERM_SERVED"))
            .count("corrections.subjects.released.pardon", ended("RELEASED", "PARDON"))
            .count("corrections.subjects.terminated", ended("TERMINATED", null))
            .count("corrections.subjects.terminated.revoked", ended("TERMINATED", "REVOKED"))
            .count("corrections.subjects.terminated.imprisoned", ended("TERMINATED", "IMPRISONED"))
            .count("corrections.subjects.terminated.death", ended("TERMINATED", "DEATH"))
            .count("corrections.subjects.active", active("true"))
            .count("corrections.subjects.active.control", active("s.subject_type = 'CONTROL'"))
            .count("corrections.subjects.active.probation", active("s.subject_type = 'PROBATION'"))
            .count("corrections.subjects.active.parole", active("s.subject_type = 'PAROLE'"))
            .count("corrections.subjects.active.outsidePrison", active("s.subject_type = 'OUTSIDE_PRISON'"))
            .count("corrections.subjects.active.strict", active("l.supervision_level = 'STRICT'"))
            .count("corrections.subjects.active.normal", active("l.supervision_level = 'NORMAL'"))
            .count("corrections.subjects.active.lenient", active("l.supervision_level = 'LENIENT'"));

    static final TableStats INVESTIGATIONS = TableStats.over("investigation", "org_unit")
            .where("completed_on" + IN)
            .count("corrections.investigations.completed", null)
            .count("corrections.investigations.completed.suitable", "opinion = 'SUITABLE'")
            .count("corrections.investigations.completed.unsuitable", "opinion = 'UNSUITABLE'");

    static final TableStats EDUCATION = TableStats.over("education_attendance a JOIN education_session e ON e.id = a.session_id",
                    "e.org_unit")
            .where("e.held_on" + IN)
            .count("corrections.education.personTimes", null);

    static final TableStats VIOLATIONS = TableStats.over("violation", "org_unit")
            .where("occurred_on" + IN)
            .count("corrections.violations", null)
            .count("corrections.violations.admonition", "sanction = 'ADMONITION'")
            .count("corrections.violations.warning", "sanction = 'WARNING'")
            .count("corrections.violations.revocationProposal", "sanction = 'REVOCATION_PROPOSAL'");

    static final TableStats VISITS = TableStats.over("remote_visit", "org_unit")
            .where("visited_on" + IN)
            .count("corrections.visits.remote", null);

    static final String KEY_TARGET = "key_target AND (ended_on IS NULL OR ended_on > :to)";

    /**
     * The prison's release notice is due a month before release (司法部关于进一步做好刑满释放人员安置帮教工作的通知,
     * 1999-03-05): a condition on the notice's date rather than a period the township runs, so counted here and
     * not kept as a deadline item. Persons released from prison in the period with the notice's date recorded.
     */
    static final String NOTICE = "source = 'PRISON_RELEASE' AND released_on" + IN + " AND notice_received_on IS NOT NULL";
    static final String NOTICE_DUE = "(released_on - interval '1 month')::date";

    /** Received in the period (the where clause also takes the persons released in it, ResettlementStats). */
    static final String RECEIVED = "received_on" + IN;

    static final TableStats RESETTLEMENT = TableStats.over("resettlement_person", "org_unit")
            .where(ResettlementStats.ROWS)
            .count("corrections.resettlement.received", RECEIVED)
            .count("corrections.resettlement.received.prisonRelease", RECEIVED + " AND source = 'PRISON_RELEASE'")
            .count("corrections.resettlement.received.correctionRelease", RECEIVED + " AND source = 'CORRECTION_RELEASE'")
            .count("corrections.resettlement.linked", RECEIVED + " AND subject_id IS NOT NULL")
            .count("corrections.resettlement.keyTargets", "received_on <= :to AND " + KEY_TARGET)
            .count("corrections.resettlement.keyTargetsWithTeam", "received_on <= :to AND " + KEY_TARGET
                    + " AND jsonb_array_length(support_team) = 5")
            .count("corrections.resettlement.noticeOnTime", NOTICE + " AND notice_received_on <= " + NOTICE_DUE)
            .count("corrections.resettlement.noticeLate", NOTICE + " AND notice_received_on > " + NOTICE_DUE)
            .count("corrections.resettlement.prisonReleases.notified", ResettlementStats.PRISON_NOTIFIED)
            .count("corrections.resettlement.prisonReleases.handedOver", ResettlementStats.PRISON_NOTIFIED + " AND handover_done")
            .count("corrections.resettlement.correctionReleases", ResettlementStats.CORRECTION_RELEASED)
            .count("corrections.resettlement.correctionReleases.handedOver", ResettlementStats.CORRECTION_RELEASED + " AND handover_done");

    static final List<TableStats> TABLES = List.of(SUBJECTS, INVESTIGATIONS, EDUCATION, VIOLATIONS, VISITS, RESETTLEMENT,
            ElectronicLocationStats.TABLE, SupervisionStats.TABLE, LeaveStats.TABLE, ResidenceChangeStats.TABLE,
            AbscondingStats.CASES, AbscondingStats.REWARDS, ResettlementStats.VISITS,
            RevocationStats.TABLE, TeamPlanStats.TEAM, TeamPlanStats.PLANS);

    @Inject
    Deadlines deadlines;

    private static String ended(String status, String reason) {
        return "s.status = '" + status + "'" + (reason == null ? "" : " AND s.end_reason = '" + reason + "'")
                + " AND s.ended_on" + IN + " AND " + COUNTED;
    }

    private static String active(String condition) {
        return ACTIVE + " AND " + condition + " AND " + COUNTED;
    }

    public static final List<MetricDefinition> CATALOG = List.of(
            m("corrections.subjects.received", "接收社区矫正对象数", "Subjects received",
                    "期间内接收日期（入矫）落在 [from, to] 的对象数；from 为空即累计"),
            m("corrections.subjects.released", "解除矫正人数", "Subjects released",
                    "期间内解除矫正（期满、特赦）的对象数，按解除日期"),
            m("corrections.subjects.released.termServed", "期满解除人数", "Released on completing the term",
                    "解除原因为 TERM_SERVED 的解除人数"),
            m("corrections.subjects.released.pardon", "特赦解除人数", "Released by pardon", "解除原因为 PARDON 的解除人数"),
            m("corrections.subjects.terminated", "终止矫正人数", "Subjects terminated",
                    "期间内终止矫正的对象数（撤销、收监、死亡），按终止日期"),
            m("corrections.subjects.terminated.revoked", "撤销缓刑、假释人数", "Terminated: probation or parole revoked",
                    "终止原因为 REVOKED"),
            m("corrections.subjects.terminated.imprisoned", "收监执行人数", "Terminated: committed to prison",
                    "终止原因为 IMPRISONED"),
            m("corrections.subjects.terminated.death", "死亡人数", "Terminated: death", "终止原因为 DEATH"),
            m("corrections.subjects.active", "在矫人数", "Subjects in correction",
                    "截至 to 日终在矫的对象数：接收日期 ≤ to，且未解除/终止或解除/终止日期晚于 to"),
            m("corrections.subjects.active.control", "在矫管制人数", "In correction: public surveillance", "在矫且类别为 CONTROL"),
            m("corrections.subjects.active.probation", "在矫缓刑人数", "In correction: probation", "在矫且类别为 PROBATION"),
            m("corrections.subjects.active.parole", "在矫假释人数", "In correction: parole", "在矫且类别为 PAROLE"),
            m("corrections.subjects.active.outsidePrison", "在矫暂予监外执行人数", "In correction: temporarily outside prison",
                    "在矫且类别为 OUTSIDE_PRISON"),
            m("corrections.subjects.active.strict", "在矫严管人数", "In correction: strict supervision",
                    "在矫且 to 日的管理等级（按等级变更记录）为 STRICT"),
            m("corrections.subjects.active.normal", "在矫普管人数", "In correction: normal supervision",
                    "在矫且 to 日的管理等级为 NORMAL"),
            m("corrections.subjects.active.lenient", "在矫宽管人数", "In correction: lenient supervision",
                    "在矫且 to 日的管理等级为 LENIENT"),
            m("corrections.investigations.completed", "完成调查评估数", "Investigations completed",
                    "完成日期落在期间内的调查评估数"),
            m("corrections.investigations.completed.suitable", "评估意见为适宜的数量", "Completed: suitable", "评估意见 SUITABLE"),
            m("corrections.investigations.completed.unsuitable", "评估意见为不适宜的数量", "Completed: unsuitable",
                    "评估意见 UNSUITABLE"),
            m("corrections.education.personTimes", "教育矫正人次", "Education person-times",
                    "活动日期落在期间内的教育矫正活动的参加记录数（一人参加一次计一人次），按活动的机构"),
            m("corrections.violations", "违规人次", "Violations", "违规日期落在期间内的违规记录数"),
            m("corrections.violations.admonition", "训诫人次", "Violations sanctioned by admonition", "处理为 ADMONITION"),
            m("corrections.violations.warning", "警告人次", "Violations sanctioned by warning", "处理为 WARNING"),
            m("corrections.violations.revocationProposal", "提请撤销人次", "Violations with a proposal to revoke",
                    "处理为 REVOCATION_PROPOSAL"),
            m("corrections.visits.remote", "远程视频会见次数", "Remote video visits", "会见日期落在期间内的远程视频会见数"),
            m("corrections.resettlement.received", "接收安置帮教对象数", "Resettlement persons received",
                    "接收日期落在期间内的安置帮教对象数"),
            m("corrections.resettlement.received.prisonRelease", "接收刑满释放人员数", "Received: released from prison",
                    "来源 PRISON_RELEASE"),
            m("corrections.resettlement.received.correctionRelease", "接收解除矫正人员数", "Received: released from correction",
                    "来源 CORRECTION_RELEASE"),
            m("corrections.resettlement.linked", "由社区矫正移交的人数", "Received by hand-over from correction",
                    "期间内接收、且关联到本系统社区矫正对象记录的人数"),
            m("corrections.resettlement.keyTargets", "重点帮教对象数", "Key targets",
                    "截至 to 日在帮教中（接收日期 ≤ to，未结束或结束日期晚于 to）的重点帮教对象数"),
            m("corrections.resettlement.keyTargetsWithTeam", "落实五包一的重点帮教对象数", "Key targets with a full support team",
                    "上述重点帮教对象中帮教小组满五人的人数"),
            m("corrections.resettlement.noticeOnTime", "释放通知按期寄达数", "Release notices received a month ahead",
                    "释放日期落在期间内的刑满释放人员中，收到监狱《刑满释放人员通知书》不晚于释放前一个月的人数"
                            + "（司法部1999年3月5日《关于进一步做好刑满释放人员安置帮教工作的通知》）"),
            m("corrections.resettlement.noticeLate", "释放通知迟到数", "Release notices received late",
                    "同上，通知书晚于释放前一个月收到的人数"));

    /** The line's own metrics and the timeliness figures of its statutory periods ({@link CorrectionsDeadlines}). */
    @Override
    public MetricCatalog catalog() {
        List<MetricDefinition> metrics = new ArrayList<>(CATALOG);
        metrics.addAll(ElectronicLocationStats.CATALOG);
        metrics.addAll(SupervisionStats.CATALOG);
        metrics.addAll(LeaveStats.CATALOG);
        metrics.addAll(ResidenceChangeStats.CATALOG);
        metrics.addAll(AbscondingStats.CATALOG);
        metrics.addAll(ResettlementStats.CATALOG);
        metrics.addAll(RevocationStats.CATALOG);
        metrics.addAll(TeamPlanStats.CATALOG);
        metrics.addAll(deadlines.metrics());
        return new MetricCatalog(metrics);
    }

    @Override
    public List<TableStats> tables() {
        List<TableStats> tables = new ArrayList<>(TABLES);
        tables.add(deadlines.timeliness());
        return tables;
    }

    private static MetricDefinition m(String name, String zh, String en, String counting) {
        return new MetricDefinition(name, zh, en, counting);
    }
}
