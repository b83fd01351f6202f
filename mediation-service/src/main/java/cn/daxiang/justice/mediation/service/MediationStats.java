package cn.daxiang.justice.mediation.service;

import cn.daxiang.justice.kit.clock.Deadlines;
import cn.daxiang.justice.kit.stats.LineStats;
import cn.daxiang.justice.kit.stats.MetricCatalog;
import cn.daxiang.justice.kit.stats.MetricDefinition;
import cn.daxiang.justice.kit.stats.TableStats;
import cn.daxiang.justice.mediation.domain.CommitteeLevel;
import cn.daxiang.justice.mediation.domain.DisputeCategory;
import cn.daxiang.justice.mediation.domain.DisputeSource;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The mediation line's metrics. Each figure is a column of its table's one SQL aggregate ({@link TableStats}:
 * count(*) FILTER, sum), never a loop over entities and never a stored copy. Periods are inclusive; "on to" metrics
 * count what is in office on the last day of the period. The timeliness of the statutory periods is the kit's one
 * aggregate over {@code deadline} ({@link Deadlines#timeliness()}), for the items due in the period.
 */
@ApplicationScoped
public class MediationStats implements LineStats {

    static final String P = "mediation.";

    private static final Map<DisputeCategory, String> CATEGORY_ZH = Map.of(
            DisputeCategory.MARRIAGE_FAMILY, "婚姻家庭纠纷", DisputeCategory.NEIGHBOURHOOD, "邻里纠纷",
            DisputeCategory.LAND_HOUSING, "山林土地房屋纠纷", DisputeCategory.CONTRACT, "合同纠纷",
            DisputeCategory.DAMAGES, "损害赔偿纠纷", DisputeCategory.LABOUR, "劳动争议纠纷",
            DisputeCategory.LAND_REQUISITION, "征地拆迁纠纷", DisputeCategory.MEDICAL, "医疗纠纷",
            DisputeCategory.TRAFFIC, "道路交通事故纠纷", DisputeCategory.OTHER, "其他纠纷");
    private static final Map<DisputeSource, String> SOURCE_ZH = Map.of(
            DisputeSource.SCREENING, "排查发现", DisputeSource.APPLICATION, "当事人申请",
            DisputeSource.POLICE_REFERRAL, "公安机关移送", DisputeSource.COURT_ENTRUSTED, "法院委托",
            DisputeSource.GOVERNMENT_ASSIGNED, "政府交办", DisputeSource.PETITION_REFERRAL, "信访移送");
    private static final Map<CommitteeLevel, String> LEVEL_ZH = Map.of(
            CommitteeLevel.TOWNSHIP, "乡镇（街道）", CommitteeLevel.VILLAGE, "村（社区）",
            CommitteeLevel.INDUSTRY, "行业性", CommitteeLevel.PROFESSIONAL, "专业性");

    /** {@code MARRIAGE_FAMILY} → {@code marriageFamily}. */
    static String camel(Enum<?> value) {
        String[] words = value.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder s = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            s.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return s.toString();
    }

    public static String categoryMetric(DisputeCategory c) {
        return P + "disputes.category." + camel(c);
    }

    public static String sourceMetric(DisputeSource s) {
        return P + "disputes.source." + camel(s);
    }

    public static String levelMetric(CommitteeLevel l) {
        return P + "committees." + camel(l);
    }

    @Inject
    Deadlines deadlines;

    private List<TableStats> tables;

    @PostConstruct
    void build() {
        tables = new ArrayList<>(TABLES);
        tables.add(deadlines.timeliness());
        tables = List.copyOf(tables);
    }

    @Override
    public MetricCatalog catalog() {
        List<MetricDefinition> m = new ArrayList<>();
        String registered = "登记日期在期间内的纠纷 / disputes whose registration date falls in the period";
        String concluded = "终结日期在期间内 / concluded in the period";
        m.add(new MetricDefinition(P + "disputes.registered", "登记矛盾纠纷数", "Disputes registered", registered));
        m.add(new MetricDefinition(P + "disputes.mediated", "调处矛盾纠纷数", "Disputes mediated",
                "以调解成功或调解不成终结、终结日期在期间内的纠纷（撤回不计）/ concluded SUCCEEDED or FAILED in the period; the success rate is succeeded / mediated"));
        m.add(new MetricDefinition(P + "disputes.succeeded", "调解成功数", "Disputes mediated successfully", "状态 SUCCEEDED，" + concluded));
        m.add(new MetricDefinition(P + "disputes.failed", "调解不成数", "Mediations failed", "状态 FAILED，" + concluded));
        m.add(new MetricDefinition(P + "disputes.withdrawn", "撤回数", "Disputes withdrawn", "状态 WITHDRAWN，" + concluded));
        m.add(new MetricDefinition(P + "disputes.escalationPrevented", "预防矛盾纠纷升级数", "Escalations prevented",
                "标注预防升级、以调解成功或不成终结于期间内的纠纷 / flagged escalation-prevented among the disputes mediated in the period"));
        m.add(new MetricDefinition(P + "disputes.serious", "重大矛盾纠纷数", "Serious disputes", "标注重大纠纷，" + registered));
        for (DisputeCategory c : DisputeCategory.values()) {
            m.add(new MetricDefinition(categoryMetric(c), CATEGORY_ZH.get(c) + "数", "Disputes registered: " + c.name(),
                    "类别 " + c.name() + "，" + registered));
        }
        for (DisputeSource s : DisputeSource.values()) {
            m.add(new MetricDefinition(sourceMetric(s), "来源为" + SOURCE_ZH.get(s) + "的纠纷数", "Disputes registered from " + s.name(),
                    "来源 " + s.name() + "，" + registered));
        }
        m.add(new MetricDefinition(P + "agreements.written", "书面调解协议数", "Written agreements", "调解成功且为书面协议，" + concluded));
        m.add(new MetricDefinition(P + "agreements.oral", "口头调解协议数", "Oral agreements", "调解成功且为口头协议，" + concluded));
        m.add(new MetricDefinition(P + "agreements.judicialConfirmation.applied", "申请司法确认数", "Judicial confirmation applications",
                "申请司法确认日期在期间内的调解协议 / agreements whose parties applied to the court in the period"));
        m.add(new MetricDefinition(P + "agreements.judicialConfirmation.ruled", "司法确认裁定数", "Judicial confirmation rulings",
                "人民法院裁定日期在期间内的司法确认申请（确认有效与驳回之和）/ applications the court ruled on in the period"));
        m.add(new MetricDefinition(P + "agreements.judicialConfirmation.confirmed", "司法确认有效数", "Agreements judicially confirmed",
                "其中裁定调解协议有效 / of which the court confirmed the agreement valid"));
        m.add(new MetricDefinition(P + "agreements.judicialConfirmation.rejected", "司法确认驳回数", "Judicial confirmation applications rejected",
                "其中裁定驳回申请 / of which the court rejected the application"));
        m.add(new MetricDefinition(P + "referrals.concluded", "委托移送纠纷调结数", "Referred disputes concluded",
                "来源为法院委托、公安移送、信访移送、政府交办，" + concluded));
        m.add(new MetricDefinition(P + "referrals.fedBack", "委托移送纠纷已反馈数", "Referred disputes fed back",
                "其中已向移送机关反馈调处结果（不论反馈日期）/ of which the outcome was fed back to the referring organ"));
        m.add(new MetricDefinition(P + "followUps", "回访次数", "Follow-up visits", "回访日期在期间内的回访记录数 / follow-up visits dated in the period"));
        m.add(new MetricDefinition(P + "agreements.fulfilled", "协议履行数", "Agreements fulfilled",
                "期间内有回访记录为已履行（FULFILLED）的纠纷数，每件纠纷只计一次 / distinct disputes with a follow-up in the period reporting the agreement fulfilled"));
        String onTo = "截止日（to）在任：任期开始不晚于截止日且任期未在截止日前结束 / in office on the period's last day";
        m.add(new MetricDefinition(P + "committees", "人民调解委员会数", "Mediation committees",
                onTo + "；已撤销且无任期结束日期的不计 / a dissolved committee without an end date is not counted"));
        for (CommitteeLevel l : CommitteeLevel.values()) {
            m.add(new MetricDefinition(levelMetric(l), LEVEL_ZH.get(l) + "人民调解委员会数", "Mediation committees: " + l.name(),
                    "类别 " + l.name() + "，" + onTo));
        }
        m.add(new MetricDefinition(P + "mediators", "人民调解员数", "Mediators", onTo));
        m.add(new MetricDefinition(P + "mediators.fullTime", "专职人民调解员数", "Full-time mediators", "专职，" + onTo));
        m.add(new MetricDefinition(P + "mediators.elected", "选任（换届）调解员数", "Mediators elected",
                "任期开始日期在期间内的调解员 / mediators whose term starts in the period"));
        m.add(new MetricDefinition(P + "trainings.sessions", "调解员培训期数", "Training sessions", "培训日期在期间内的培训 / sessions held in the period"));
        m.add(new MetricDefinition(P + "trainings.sessions.initial", "初任培训期数", "Initial training sessions", "初任培训，培训日期在期间内"));
        m.add(new MetricDefinition(P + "trainings.sessions.annual", "年度培训期数", "Annual training sessions", "年度培训，培训日期在期间内"));
        m.add(new MetricDefinition(P + "trainings.attendances", "调解员参训人次", "Training attendances",
                "期间内培训的参训人次（每人每期计一次）/ person-times at sessions held in the period"));
        m.add(new MetricDefinition(P + "dossiers.archived", "归档卷宗数", "Dossiers archived", "归档日期在期间内的卷宗 / dossiers archived in the period"));
        m.add(new MetricDefinition(P + "rewards.amount", "以奖代补金额（元）", "Rewards (yuan)",
                "期间内归档的卷宗按归档年度与难易等级的标准计，每卷一次；无标准的卷宗计0 / sum over dossiers archived in the period of their year's rate for their grade"));
        String paid = "以奖代补发放批次已发放、发放日期在期间内 / in the payment batches paid in the period (by paid date)";
        m.add(new MetricDefinition(P + "rewards.paid.amount", "以奖代补发放金额（元）", "Rewards paid (yuan)",
                "已发放批次中各卷宗冻结的奖励金额之和，" + paid + "；按卷宗所在机构计"));
        m.add(new MetricDefinition(P + "rewards.paid.dossiers", "以奖代补卷宗数", "Dossiers rewarded",
                "已发放批次奖励的卷宗数（每卷只奖励一次），" + paid + "；按卷宗所在机构计"));
        m.add(new MetricDefinition(P + "rewards.paid.mediators", "以奖代补发放调解员人数", "Mediators paid",
                "已发放批次中有发放明细的调解员人数（每人只计一次），" + paid + "；按调解员所在机构计"));
        m.add(new MetricDefinition(P + "screenings.reported", "排查报告数", "Screening reports",
                "期间结束日在统计期间内的排查报告（含零上报）/ reports whose period ends in the stats period, zero reports included"));
        m.add(new MetricDefinition(P + "screenings.zeroReports", "零上报数", "Zero reports", "其中排查发现纠纷数为0的报告"));
        m.add(new MetricDefinition(P + "screenings.disputesFound", "排查发现纠纷数", "Disputes found by screening",
                "上述报告中排查发现纠纷数之和"));
        // timeliness of the statutory periods (MediationDeadlines): mediation.disputes.conclusion.* and
        // mediation.agreements.judicialConfirmation.* (.due, .onTime, .late, .overdue)
        m.addAll(deadlines.metrics());
        return new MetricCatalog(List.copyOf(m));
    }

    static final String REGISTERED = "d.registered_on BETWEEN :from AND :to";
    static final String CONCLUDED = "d.concluded_on BETWEEN :from AND :to";
    static final String MEDIATED = CONCLUDED + " AND d.status IN ('SUCCEEDED', 'FAILED')";
    static final String ARCHIVED = "d.archived_on BETWEEN :from AND :to";
    static final String APPLIED = "d.confirmation_applied_on BETWEEN :from AND :to";
    static final String RULED = "d.confirmation_ruled_on BETWEEN :from AND :to";
    static final String REFERRED = CONCLUDED + " AND d.source IN ("
            + DisputeSource.REFERRED.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ")) + ")";
    static final String PAID = "p.status = 'PAID' AND p.paid_on BETWEEN :from AND :to";
    static final String IN_OFFICE = "term_start <= :to AND (term_end IS NULL OR term_end >= :to)";

    static final List<TableStats> TABLES = statements();

    private static List<TableStats> statements() {
        // disputes, with the reward rate of their archiving year and grade (unique per year and grade): one pass
        TableStats disputes = TableStats.over("""
                        dispute d LEFT JOIN reward_rate r
                          ON r.year = CAST(extract(YEAR FROM d.archived_on) AS integer) AND r.complexity_grade = d.complexity_grade""",
                        "d.org_unit")
                .where(REGISTERED + " OR " + CONCLUDED + " OR " + ARCHIVED + " OR " + APPLIED + " OR " + RULED)
                .count(P + "disputes.registered", REGISTERED)
                .count(P + "disputes.mediated", MEDIATED)
                .count(P + "disputes.succeeded", CONCLUDED + " AND d.status = 'SUCCEEDED'")
                .count(P + "disputes.failed", CONCLUDED + " AND d.status = 'FAILED'")
                .count(P + "disputes.withdrawn", CONCLUDED + " AND d.status = 'WITHDRAWN'")
                .count(P + "disputes.escalationPrevented", MEDIATED + " AND d.escalation_prevented")
                .count(P + "disputes.serious", REGISTERED + " AND d.serious");
        for (DisputeCategory c : DisputeCategory.values()) {
            disputes.count(categoryMetric(c), REGISTERED + " AND d.category = '" + c.name() + "'");
        }
        for (DisputeSource s : DisputeSource.values()) {
            disputes.count(sourceMetric(s), REGISTERED + " AND d.source = '" + s.name() + "'");
        }
        disputes.count(P + "agreements.written", CONCLUDED + " AND d.status = 'SUCCEEDED' AND d.agreement_form = 'WRITTEN'")
                .count(P + "agreements.oral", CONCLUDED + " AND d.status = 'SUCCEEDED' AND d.agreement_form = 'ORAL'")
                .count(P + "agreements.judicialConfirmation.applied", APPLIED)
                .count(P + "agreements.judicialConfirmation.ruled", RULED)
                .count(P + "agreements.judicialConfirmation.confirmed", RULED + " AND d.confirmation_ruling = 'CONFIRMED'")
                .count(P + "agreements.judicialConfirmation.rejected", RULED + " AND d.confirmation_ruling = 'REJECTED'")
                .count(P + "referrals.concluded", REFERRED)
                .count(P + "referrals.fedBack", REFERRED + " AND d.feedback_on IS NOT NULL")
                .count(P + "dossiers.archived", ARCHIVED)
                .amount(P + "rewards.amount", "sum(r.amount) FILTER (WHERE " + ARCHIVED + ")");

        TableStats committees = TableStats.over("committee", "org_unit")
                .where(IN_OFFICE + " AND (status = 'ACTIVE' OR term_end IS NOT NULL)")
                .count(P + "committees", null);
        for (CommitteeLevel l : CommitteeLevel.values()) {
            committees.count(levelMetric(l), "level = '" + l.name() + "'");
        }
        return List.of(disputes,
                TableStats.over("follow_up", "org_unit")
                        .where("visited_on BETWEEN :from AND :to")
                        .count(P + "followUps", null)
                        .number(P + "agreements.fulfilled", "count(DISTINCT dispute_id) FILTER (WHERE fulfilment = 'FULFILLED')"),
                committees,
                TableStats.over("mediator", "org_unit")
                        .where("term_start <= :to")
                        .count(P + "mediators", IN_OFFICE)
                        .count(P + "mediators.fullTime", IN_OFFICE + " AND employment = 'FULL_TIME'")
                        .count(P + "mediators.elected", "term_start BETWEEN :from AND :to"),
                TableStats.over("training t", "t.org_unit")
                        .where("t.held_on BETWEEN :from AND :to")
                        .count(P + "trainings.sessions", null)
                        .count(P + "trainings.sessions.initial", "t.kind = 'INITIAL'")
                        .count(P + "trainings.sessions.annual", "t.kind = 'ANNUAL'")
                        .number(P + "trainings.attendances", "sum((SELECT count(*) FROM training_attendance a WHERE a.training_id = t.id))"),
                // 以奖代补 paid (RewardPaymentService): the frozen dossier and mediator lines of the batches paid in the period
                TableStats.over("reward_payment_dossier x JOIN reward_payment p ON p.id = x.payment_id", "x.org_unit")
                        .where(PAID)
                        .amount(P + "rewards.paid.amount", "sum(x.amount)")
                        .count(P + "rewards.paid.dossiers", null),
                TableStats.over("reward_payment_line l JOIN reward_payment p ON p.id = l.payment_id", "l.org_unit")
                        .where(PAID)
                        .number(P + "rewards.paid.mediators", "count(DISTINCT l.mediator_id)"),
                TableStats.over("screening", "org_unit")
                        .where("period_end BETWEEN :from AND :to")
                        .count(P + "screenings.reported", null)
                        .count(P + "screenings.zeroReports", "zero_report")
                        .number(P + "screenings.disputesFound", "sum(disputes_found)"));
    }

    @Override
    public List<TableStats> tables() {
        return tables;
    }
}
