package cn.daxiang.justice.legalaid.service;

import cn.daxiang.justice.kit.clock.Deadlines;
import cn.daxiang.justice.kit.stats.LineStats;
import cn.daxiang.justice.kit.stats.MetricCatalog;
import cn.daxiang.justice.kit.stats.MetricDefinition;
import cn.daxiang.justice.kit.stats.TableStats;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * The legal aid line's figures for one org unit (and everything below it) and one period. Each
 * table is read by one SQL aggregate ({@link TableStats}: {@code count(*) FILTER (WHERE ...)}); nothing is
 * counted in Java.
 */
@ApplicationScoped
public class LegalAidStats implements LineStats {

    static final String IN = " BETWEEN :from AND :to";

    /** The line's own figures; the catalog adds the timeliness figures of its statutory clocks. */
    static final List<MetricDefinition> METRICS = List.of(
            m("legalaid.applications.received", "收到法律援助申请数", "Legal-aid applications received",
                    "收到申请日期在统计期内的申请 / applications whose received date is in the period"),
            m("legalaid.applications.refused", "不予援助的申请数", "Applications refused",
                    "统计期内决定不予援助的申请 / applications refused with a decision date in the period"),
            m("legalaid.cases.accepted", "受理法律援助案件数", "Legal-aid cases accepted",
                    "受理日期在统计期内的案件 / cases whose accepted date is in the period"),
            m("legalaid.cases.accepted.civil", "受理民事案件数", "Civil cases accepted", "同上，类别 CIVIL 民事"),
            m("legalaid.cases.accepted.criminal", "受理刑事案件数", "Criminal cases accepted", "同上，类别 CRIMINAL 刑事"),
            m("legalaid.cases.accepted.administrative", "受理行政案件数", "Administrative cases accepted",
                    "同上，类别 ADMINISTRATIVE 行政"),
            m("legalaid.cases.accepted.pleaWitness", "认罪认罚见证数", "Plea-agreement witnessing accepted",
                    "同上，类别 PLEA_WITNESS 认罪认罚见证"),
            m("legalaid.cases.complex", "受理重大复杂案件数", "Complex cases accepted",
                    "受理日期在统计期内、标记为死刑/无期徒刑/群体性诉讼的案件 / complex cases accepted in the period"),
            m("legalaid.cases.assigned", "指派案件数", "Cases assigned",
                    "指派日期在统计期内的案件 / cases whose assignment date is in the period"),
            m("legalaid.cases.senior", "指派资深人员承办的案件数", "Cases assigned to senior providers",
                    "指派日期在统计期内、承办人员为资深人员的案件 / cases assigned in the period to a provider flagged senior"),
            m("legalaid.cases.hearings", "听庭案件数", "Cases with a hearing attended",
                    "听庭日期在统计期内的案件 / cases whose hearing attended is dated in the period"),
            m("legalaid.cases.closed", "结案数", "Cases closed",
                    "结案日期在统计期内的案件 / cases whose closing date is in the period"),
            m("legalaid.cases.terminated", "终止援助案件数", "Cases terminated",
                    "终止日期在统计期内的案件 / cases whose termination date is in the period"),
            m("legalaid.cases.qualified", "评查合格的结案数", "Closed cases qualified by review",
                    "结案日期在统计期内、且最后一次评查（按评查日期、登记时间）为合格的案件；不合格后须有合格评查才计入，"
                            + "无评查不计入 / closed in the period and whose last review passed"),
            m("legalaid.reviews.total", "质量评查次数", "Case reviews",
                    "评查日期在统计期内的评查（自查、互查、总查） / reviews dated in the period"),
            m("legalaid.reviews.passed", "评查合格次数", "Reviews passed", "同上，结果 PASSED 合格"),
            m("legalaid.reviews.failed", "评查不合格次数", "Reviews failed", "同上，结果 FAILED 不合格"),
            m("legalaid.followUps", "回访次数", "Follow-up calls", "回访日期在统计期内的回访 / follow-ups dated in the period"),
            m("legalaid.followUps.satisfied", "回访满意次数", "Follow-ups satisfied", "同上，受援人满意"),
            m("legalaid.consultations", "法律咨询人次", "Legal consultations",
                    "咨询日期在统计期内的咨询 / consultations dated in the period"),
            m("legalaid.consultations.visit", "来访咨询人次", "Consultations by visit", "同上，方式 VISIT 来访"),
            m("legalaid.consultations.hotline12348", "12348热线咨询人次", "Consultations on the 12348 hotline",
                    "同上，方式 HOTLINE_12348"),
            m("legalaid.consultations.online", "网上咨询人次", "Consultations online", "同上，方式 ONLINE 网上"),
            m("legalaid.servicePoints.centers", "公共法律服务中心数", "Public legal service centres",
                    "截止日期当天运行的中心：开放日期为空或不晚于截止日，且状态为运行或关闭日期晚于截止日 / centres open on `to`"),
            m("legalaid.servicePoints.workstations", "公共法律服务工作站数", "Public legal service workstations",
                    "截止日期当天运行的工作站（口径同上） / workstations open on `to`"),
            m("legalaid.servicePoints.workPoints", "公共法律服务工作点数", "Public legal service work points",
                    "截止日期当天运行的工作点（口径同上） / work points open on `to`"),
            m("legalaid.subsidies.due.cases", "应发办案补贴案件数（件）", "Closed cases owed a subsidy",
                    "结案日期在统计期内、应发补贴大于0的案件（有适用标准；最后一次评查不合格的按配置比例，默认不发） / "
                            + "cases closed in the period that are owed a subsidy"),
            m("legalaid.subsidies.due.amount", "应发办案补贴金额（元）", "Subsidies owed (yuan)",
                    "结案日期在统计期内的案件应发补贴合计：结案年度、类别、复杂程度的补贴标准 × 评查结果比例，已申请发放的按冻结金额 / "
                            + "what the cases closed in the period are owed"),
            m("legalaid.subsidies.approved.cases", "批准发放办案补贴案件数（件）", "Cases of subsidy payments approved",
                    "批准日期在统计期内的补贴发放记录所含案件 / cases of the payments approved in the period"),
            m("legalaid.subsidies.approved.amount", "批准发放办案补贴金额（元）", "Subsidy payments approved (yuan)",
                    "批准日期在统计期内的补贴发放记录合计金额 / total of the payments approved in the period"),
            m("legalaid.subsidies.paid.cases", "已发放办案补贴案件数（件）", "Cases of subsidies paid",
                    "发放日期在统计期内的补贴发放记录所含案件 / cases of the payments paid in the period"),
            m("legalaid.subsidies.paid.amount", "已发放办案补贴金额（元）", "Subsidies paid (yuan)",
                    "发放日期在统计期内的补贴发放记录合计金额 / total of the payments paid in the period (by paid date)"));

    private static MetricDefinition m(String name, String zh, String en, String counting) {
        return new MetricDefinition(name, zh, en, counting);
    }

    @Inject
    Deadlines deadlines;

    @Inject
    CaseSubsidies subsidies;

    private MetricCatalog catalog;
    private List<TableStats> tables;

    /** The catalog and the aggregates, with {@code deadlines.timeliness()}: {@code legalaid.applications.review.*}, etc. */
    @PostConstruct
    void build() {
        List<MetricDefinition> all = new ArrayList<>(METRICS);
        all.addAll(deadlines.metrics());
        catalog = new MetricCatalog(List.copyOf(all));
        List<TableStats> withTimeliness = new ArrayList<>(TABLES);
        withTimeliness.add(1, cases(subsidies.dueSql()));
        withTimeliness.add(PAYMENTS);
        withTimeliness.add(deadlines.timeliness());
        tables = List.copyOf(withTimeliness);
    }

    @Override
    public MetricCatalog catalog() {
        return catalog;
    }

    static final String ACCEPTED = "c.accepted_on" + IN;
    static final String CLOSED = "c.status = 'CLOSED' AND c.closed_on" + IN;

    static final List<TableStats> TABLES = List.of(
            TableStats.over("application", "org_unit")
                    .where("received_on" + IN + " OR decided_on" + IN)
                    .count("legalaid.applications.received", "received_on" + IN)
                    .count("legalaid.applications.refused", "status = 'REFUSED' AND decided_on" + IN),
            TableStats.over("case_review", "org_unit")
                    .where("reviewed_on" + IN)
                    .count("legalaid.reviews.total", null)
                    .count("legalaid.reviews.passed", "result = 'PASSED'")
                    .count("legalaid.reviews.failed", "result = 'FAILED'"),
            TableStats.over("follow_up", "org_unit")
                    .where("follow_up_on" + IN)
                    .count("legalaid.followUps", null)
                    .count("legalaid.followUps.satisfied", "satisfied"),
            TableStats.over("consultation", "org_unit")
                    .where("consulted_on" + IN)
                    .count("legalaid.consultations", null)
                    .count("legalaid.consultations.visit", "channel = 'VISIT'")
                    .count("legalaid.consultations.hotline12348", "channel = 'HOTLINE_12348'")
                    .count("legalaid.consultations.online", "channel = 'ONLINE'"),
            TableStats.over("service_point", "org_unit")
                    .where("(opened_on IS NULL OR opened_on <= :to) AND (status = 'OPEN' OR closed_on > :to)")
                    .count("legalaid.servicePoints.centers", "level = 'CENTER'")
                    .count("legalaid.servicePoints.workstations", "level = 'WORKSTATION'")
                    .count("legalaid.servicePoints.workPoints", "level = 'WORK_POINT'"));

    /**
     * The cases' figures, with what the cases closed in the period are owed ({@code due}: CaseSubsidies' amount, whose
     * share after a failed review is configuration) in the same statement.
     */
    static TableStats cases(String due) {
        return TableStats.over("""
                        legal_aid_case c
                        LEFT JOIN provider p ON p.id = c.provider_id
                        LEFT JOIN LATERAL (
                            SELECT r.result FROM case_review r WHERE r.case_id = c.id AND %s
                            ORDER BY r.reviewed_on DESC, r.created_at DESC, r.id DESC LIMIT 1) last_review ON true
                        """.formatted(CLOSED) + CaseSubsidies.rate(CLOSED) + CaseSubsidies.LINE, "c.org_unit")
                .where(ACCEPTED + " OR c.assigned_on" + IN + " OR c.hearing_on" + IN + " OR c.closed_on" + IN
                        + " OR c.terminated_on" + IN)
                .count("legalaid.cases.accepted", ACCEPTED)
                .count("legalaid.cases.accepted.civil", ACCEPTED + " AND c.category = 'CIVIL'")
                .count("legalaid.cases.accepted.criminal", ACCEPTED + " AND c.category = 'CRIMINAL'")
                .count("legalaid.cases.accepted.administrative", ACCEPTED + " AND c.category = 'ADMINISTRATIVE'")
                .count("legalaid.cases.accepted.pleaWitness", ACCEPTED + " AND c.category = 'PLEA_WITNESS'")
                .count("legalaid.cases.complex", ACCEPTED + " AND c.complexity IS NOT NULL")
                .count("legalaid.cases.assigned", "c.assigned_on" + IN)
                .count("legalaid.cases.senior", "c.assigned_on" + IN + " AND p.senior")
                .count("legalaid.cases.hearings", "c.hearing_on" + IN)
                .count("legalaid.cases.closed", CLOSED)
                .count("legalaid.cases.terminated", "c.status = 'TERMINATED' AND c.terminated_on" + IN)
                .count("legalaid.cases.qualified", CLOSED + " AND last_review.result = 'PASSED'")
                .count("legalaid.subsidies.due.cases", CLOSED + " AND " + due + " > 0")
                .amount("legalaid.subsidies.due.amount", "sum(" + due + ") FILTER (WHERE " + CLOSED + ")");
    }

    static final String APPROVED = "p.approved_on" + IN;
    static final String PAID = "p.status = 'PAID' AND p.paid_on" + IN;

    static final TableStats PAYMENTS = TableStats.over("""
                    subsidy_payment p
                    LEFT JOIN LATERAL (SELECT count(*) AS n FROM subsidy_payment_case l WHERE l.payment_id = p.id) lines ON true""",
                    "p.org_unit")
            .where(APPROVED + " OR p.paid_on" + IN)
            .number("legalaid.subsidies.approved.cases", "sum(lines.n) FILTER (WHERE " + APPROVED + ")")
            .amount("legalaid.subsidies.approved.amount", "sum(p.total) FILTER (WHERE " + APPROVED + ")")
            .number("legalaid.subsidies.paid.cases", "sum(lines.n) FILTER (WHERE " + PAID + ")")
            .amount("legalaid.subsidies.paid.amount", "sum(p.total) FILTER (WHERE " + PAID + ")");

    @Override
    public List<TableStats> tables() {
        return tables;
    }
}
