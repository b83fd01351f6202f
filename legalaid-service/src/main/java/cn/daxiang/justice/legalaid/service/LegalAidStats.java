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
                    "决定日期在统计期内的不予援助决定：申请的首次决定为不予援助的按首次决定日期计入，异议责令改正后重新审查的不因改正而扣减；"
                            + "重新审查后再次决定不予援助的，按再次决定日期另计一次（重新审查后受理的计入受理案件数，不计入本项） / "
                            + "refusals decided in the period: an application's first decision if it was a refusal, by its date, even "
                            + "when an objection later reopened it; a refusal after reopening counts again, by its own date"),
            m("legalaid.cases.accepted", "受理法律援助案件数", "Legal-aid cases accepted",
                    "受理日期在统计期内的案件 / cases whose accepted date is in the period"),
            m("legalaid.cases.accepted.civil", "受理民事案件数", "Civil cases accepted", "同上，类别 CIVIL 民事"),
            m("legalaid.cases.accepted.criminal", "受理刑事案件数", "Criminal cases accepted", "同上，类别 CRIMINAL 刑事"),
            m("legalaid.cases.accepted.administrative", "受理行政案件数", "Administrative cases accepted",
                    "同上，类别 ADMINISTRATIVE 行政"),
            m("legalaid.cases.accepted.pleaWitness", "认罪认罚见证数", "Plea-agreement witnessing accepted",
                    "同上，类别 PLEA_WITNESS 认罪认罚见证（作为案件登记的见证；值班律师登记的见证见 legalaid.dutyLawyer.pleaWitness，"
                            + "同一次见证只登记一处）"),
            m("legalaid.cases.notified", "通知辩护（代理）案件数", "Notified cases",
                    "收到通知日期在统计期内、来自公检法通知（通知辩护或通知代理，法律援助法第二十五条、第二十八条；三日内指派，第三十六条）"
                            + "的案件；未登记收到通知日期的通知案件按受理日期计入 / notified cases by the day the notice was received "
                            + "(by the accepted date when the notice date is missing)"),
            m("legalaid.cases.notified.defence", "通知辩护案件数", "Notified defence cases accepted", "同上，通知类型 DEFENCE 通知辩护"),
            m("legalaid.cases.notified.representation", "通知代理案件数", "Notified representation cases accepted",
                    "同上，通知类型 REPRESENTATION 通知代理"),
            m("legalaid.cases.notified.court", "人民法院通知的案件数", "Cases notified by a court", "同上，通知机关 COURT 人民法院"),
            m("legalaid.cases.notified.procuratorate", "人民检察院通知的案件数", "Cases notified by a procuratorate",
                    "同上，通知机关 PROCURATORATE 人民检察院"),
            m("legalaid.cases.notified.police", "公安机关通知的案件数", "Cases notified by the police", "同上，通知机关 POLICE 公安机关"),
            m("legalaid.cases.advance", "先行提供法律援助案件数", "Cases given aid in advance",
                    "受理日期在统计期内、先行提供法律援助（法律援助法第四十四条）的案件 / cases accepted in advance of the full review"),
            m("legalaid.cases.advance.refused", "先行援助后终止的案件数", "Advance aid ended on review",
                    "终止日期在统计期内、因先行援助后经审查不符合条件而终止的案件 / advance cases terminated on review in the period"),
            m("legalaid.recipients.migrantWorker", "受援农民工人数", "Recipients: migrant workers",
                    "受理日期在统计期内的案件中，申请登记受援人类别含 MIGRANT_WORKER 农民工（进城务工人员）的 / cases accepted in the period "
                            + "whose recipient is in the category; one recipient may be in several categories"),
            m("legalaid.recipients.minor", "受援未成年人人数", "Recipients: minors", "同上，类别 MINOR 未成年人"),
            m("legalaid.recipients.elderly", "受援老年人人数", "Recipients: elderly", "同上，类别 ELDERLY 老年人"),
            m("legalaid.recipients.disabled", "受援残疾人人数", "Recipients: disabled", "同上，类别 DISABLED 残疾人"),
            m("legalaid.recipients.woman", "受援妇女人数", "Recipients: women", "同上，类别 WOMAN 妇女"),
            m("legalaid.recipients.military", "受援军人军属人数", "Recipients: military and their families", "同上，类别 MILITARY 军人军属"),
            m("legalaid.recipients.subsistence", "受援低保、特困人员人数", "Recipients: subsistence allowance or extreme poverty",
                    "同上，类别 SUBSISTENCE 低保、特困人员"),
            m("legalaid.recipients.other", "其他受援人人数", "Recipients: other", "同上，类别 OTHER 其他"),
            m("legalaid.cases.hardshipExempt", "免予经济困难审查的案件数", "Cases exempt from the hardship check",
                    "受理日期在统计期内、申请登记了免予经济困难审查法定情形（法律援助法第三十二条、第四十二条）的案件"),
            m("legalaid.applications.reopened", "异议责令改正后重新审查的申请数", "Applications reopened on objection",
                    "统计期内因异议审查决定责令改正（法律援助法第四十九条）而重新审查的申请 / applications reopened in the period"),
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
            m("legalaid.dutyLawyer.services", "值班律师法律帮助人次", "Duty lawyers' services",
                    "服务日期在统计期内的值班律师法律帮助记录（每条记录为一人次） / duty-lawyer services dated in the period"),
            m("legalaid.dutyLawyer.consultation", "值班律师法律咨询人次", "Duty lawyers: legal consultation", "同上，类型 LEGAL_CONSULTATION 法律咨询"),
            m("legalaid.dutyLawyer.procedureAdvice", "值班律师程序选择建议人次", "Duty lawyers: procedure advice",
                    "同上，类型 PROCEDURE_ADVICE 程序选择建议"),
            m("legalaid.dutyLawyer.coerciveMeasure", "值班律师申请变更强制措施人次", "Duty lawyers: change of compulsory measures",
                    "同上，类型 COERCIVE_MEASURE_CHANGE 申请变更强制措施"),
            m("legalaid.dutyLawyer.caseOpinion", "值班律师对案件处理提出意见人次", "Duty lawyers: opinions on the case",
                    "同上，类型 CASE_OPINION 对案件处理提出意见"),
            m("legalaid.dutyLawyer.aidApplication", "值班律师帮助申请法律援助人次", "Duty lawyers: help to apply for legal aid",
                    "同上，类型 AID_APPLICATION_HELP 帮助申请法律援助"),
            m("legalaid.dutyLawyer.pleaWitness", "值班律师认罪认罚见证人次", "Duty lawyers: plea-agreement witnessing",
                    "同上，类型 PLEA_WITNESS 认罪认罚见证（签署具结书在场）；作为案件登记的见证见 legalaid.cases.accepted.pleaWitness"),
            m("legalaid.dutyLawyer.meeting", "值班律师会见人次", "Duty lawyers: meetings", "同上，类型 MEETING 会见"),
            m("legalaid.dutyLawyer.fileReview", "值班律师阅卷人次", "Duty lawyers: file reviews", "同上，类型 FILE_REVIEW 阅卷"),
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
                    "批准日期在统计期内的补贴发放记录所含案件，按各案件所属机构计入 / cases of the payments approved in the period, "
                            + "each at its case's org unit"),
            m("legalaid.subsidies.approved.amount", "批准发放办案补贴金额（元）", "Subsidy payments approved (yuan)",
                    "批准日期在统计期内的补贴发放记录所含案件的补贴金额合计，按各案件所属机构计入 / the case amounts of the "
                            + "payments approved in the period, each at its case's org unit"),
            m("legalaid.subsidies.paid.cases", "已发放办案补贴案件数（件）", "Cases of subsidies paid",
                    "发放日期在统计期内的补贴发放记录所含案件，按各案件所属机构计入（区县发放的乡镇案件计入该乡镇） / cases of the "
                            + "payments paid in the period, each at its case's org unit"),
            m("legalaid.subsidies.paid.amount", "已发放办案补贴金额（元）", "Subsidies paid (yuan)",
                    "发放日期在统计期内的补贴发放记录所含案件的补贴金额合计，按各案件所属机构计入 / the case amounts of the "
                            + "payments paid in the period (by paid date), each at its case's org unit"));

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
    /**
     * A case from a court's, procuratorate's or police notice (通知辩护/通知代理, 法律援助法第二十五条、第二十八条), counted by
     * the day the notice was received (the case copies it), from which its 3 日 assignment runs (第三十六条). A notified
     * case without a notice date (entered before the notice was recorded) counts by its accepted date.
     */
    static final String NOTIFIED = "a.channel = 'NOTIFIED' AND coalesce(c.notice_received_on, c.accepted_on)" + IN;

    /** Accepted in the period, the application naming the recipient category (a JSON array of codes). */
    static String recipient(String category) {
        return ACCEPTED + " AND a.recipient_categories @> CAST('[\"" + category + "\"]' AS jsonb)";
    }

    /** Refused now, by the decision's date: a first refusal never reopened, or a refusal after reopening. */
    static final String REFUSED_NOW = "status = 'REFUSED' AND decided_on" + IN;
    /** A first refusal that an objection's CORRECTED decision undid (reopened since): still a refusal of its period. */
    static final String REFUSED_FIRST_UNDONE = "first_decision = 'REFUSED' AND reopened_on IS NOT NULL AND first_decided_on" + IN;

    static final List<TableStats> TABLES = List.of(
            TableStats.over("application", "org_unit")
                    .where("received_on" + IN + " OR decided_on" + IN + " OR reopened_on" + IN + " OR first_decided_on" + IN)
                    .count("legalaid.applications.received", "received_on" + IN)
                    .number("legalaid.applications.refused", "count(*) FILTER (WHERE " + REFUSED_NOW + ") + count(*) FILTER (WHERE "
                            + REFUSED_FIRST_UNDONE + ")")
                    .count("legalaid.applications.reopened", "reopened_on" + IN),
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
            TableStats.over("duty_lawyer_service", "org_unit")
                    .where("served_on" + IN)
                    .count("legalaid.dutyLawyer.services", null)
                    .count("legalaid.dutyLawyer.consultation", "kind = 'LEGAL_CONSULTATION'")
                    .count("legalaid.dutyLawyer.procedureAdvice", "kind = 'PROCEDURE_ADVICE'")
                    .count("legalaid.dutyLawyer.coerciveMeasure", "kind = 'COERCIVE_MEASURE_CHANGE'")
                    .count("legalaid.dutyLawyer.caseOpinion", "kind = 'CASE_OPINION'")
                    .count("legalaid.dutyLawyer.aidApplication", "kind = 'AID_APPLICATION_HELP'")
                    .count("legalaid.dutyLawyer.pleaWitness", "kind = 'PLEA_WITNESS'")
                    .count("legalaid.dutyLawyer.meeting", "kind = 'MEETING'")
                    .count("legalaid.dutyLawyer.fileReview", "kind = 'FILE_REVIEW'"),
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
                        JOIN application a ON a.id = c.application_id
                        LEFT JOIN provider p ON p.id = c.provider_id
                        LEFT JOIN LATERAL (
                            SELECT r.result FROM case_review r WHERE r.case_id = c.id AND %s
                            ORDER BY r.reviewed_on DESC, r.created_at DESC, r.id DESC LIMIT 1) last_review ON true
                        """.formatted(CLOSED) + CaseSubsidies.rate(CLOSED) + CaseSubsidies.LINE, "c.org_unit")
                .where(ACCEPTED + " OR c.notice_received_on" + IN + " OR c.assigned_on" + IN + " OR c.hearing_on" + IN
                        + " OR c.closed_on" + IN + " OR c.terminated_on" + IN)
                .count("legalaid.cases.accepted", ACCEPTED)
                .count("legalaid.cases.accepted.civil", ACCEPTED + " AND c.category = 'CIVIL'")
                .count("legalaid.cases.accepted.criminal", ACCEPTED + " AND c.category = 'CRIMINAL'")
                .count("legalaid.cases.accepted.administrative", ACCEPTED + " AND c.category = 'ADMINISTRATIVE'")
                .count("legalaid.cases.accepted.pleaWitness", ACCEPTED + " AND c.category = 'PLEA_WITNESS'")
                .count("legalaid.cases.notified", NOTIFIED)
                .count("legalaid.cases.notified.defence", NOTIFIED + " AND a.notice_kind = 'DEFENCE'")
                .count("legalaid.cases.notified.representation", NOTIFIED + " AND a.notice_kind = 'REPRESENTATION'")
                .count("legalaid.cases.notified.court", NOTIFIED + " AND a.notifying_organ = 'COURT'")
                .count("legalaid.cases.notified.procuratorate", NOTIFIED + " AND a.notifying_organ = 'PROCURATORATE'")
                .count("legalaid.cases.notified.police", NOTIFIED + " AND a.notifying_organ = 'POLICE'")
                .count("legalaid.cases.advance", ACCEPTED + " AND c.advance_ground IS NOT NULL")
                .count("legalaid.cases.advance.refused", "c.termination_reason = 'ADVANCE_AID_REFUSED' AND c.terminated_on" + IN)
                .count("legalaid.recipients.migrantWorker", recipient("MIGRANT_WORKER"))
                .count("legalaid.recipients.minor", recipient("MINOR"))
                .count("legalaid.recipients.elderly", recipient("ELDERLY"))
                .count("legalaid.recipients.disabled", recipient("DISABLED"))
                .count("legalaid.recipients.woman", recipient("WOMAN"))
                .count("legalaid.recipients.military", recipient("MILITARY"))
                .count("legalaid.recipients.subsistence", recipient("SUBSISTENCE"))
                .count("legalaid.recipients.other", recipient("OTHER"))
                .count("legalaid.cases.hardshipExempt", ACCEPTED + " AND a.hardship_exemption IS NOT NULL")
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

    /**
     * The approved and paid payments' lines (their frozen amounts), each at its case's org unit, not the payment's: a
     * district payment covering a township's cases counts at that township (as mediation's reward payments count per
     * dossier). An approved or paid payment's lines are its active ones.
     */
    static final TableStats PAYMENTS = TableStats.over("""
                    subsidy_payment_case l
                    JOIN subsidy_payment p ON p.id = l.payment_id
                    JOIN legal_aid_case k ON k.id = l.case_id""",
                    "k.org_unit")
            .where("l.active AND (" + APPROVED + " OR p.paid_on" + IN + ")")
            .count("legalaid.subsidies.approved.cases", APPROVED)
            .amount("legalaid.subsidies.approved.amount", "sum(l.amount) FILTER (WHERE " + APPROVED + ")")
            .count("legalaid.subsidies.paid.cases", PAID)
            .amount("legalaid.subsidies.paid.amount", "sum(l.amount) FILTER (WHERE " + PAID + ")");

    @Override
    public List<TableStats> tables() {
        return tables;
    }
}
