package cn.daxiang.justice.mediation.service;

import cn.daxiang.justice.kit.stats.LineStats;
import cn.daxiang.justice.kit.stats.MetricCatalog;
import cn.daxiang.justice.kit.stats.MetricDefinition;
import cn.daxiang.justice.kit.stats.StatsPeriod;
import cn.daxiang.justice.mediation.domain.CommitteeLevel;
import cn.daxiang.justice.mediation.domain.Dispute;
import cn.daxiang.justice.mediation.domain.DisputeCategory;
import cn.daxiang.justice.mediation.domain.DisputeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The mediation line's metrics. Each figure is one SQL aggregate over the records (count(*) FILTER,
 * sum), never a loop over entities and never a stored copy. Periods are inclusive; "on to" metrics
 * count what is in office on the last day of the period.
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
            DisputeSource.GOVERNMENT_ASSIGNED, "政府交办");
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
        m.add(new MetricDefinition(P + "screenings.reported", "排查报告数", "Screening reports",
                "期间结束日在统计期间内的排查报告（含零上报）/ reports whose period ends in the stats period, zero reports included"));
        m.add(new MetricDefinition(P + "screenings.zeroReports", "零上报数", "Zero reports", "其中排查发现纠纷数为0的报告"));
        m.add(new MetricDefinition(P + "screenings.disputesFound", "排查发现纠纷数", "Disputes found by screening",
                "上述报告中排查发现纠纷数之和"));
        return new MetricCatalog(List.copyOf(m));
    }

    @Override
    public Map<String, Number> compute(StatsPeriod period) {
        EntityManager em = Dispute.getEntityManager();
        Map<String, Number> out = new LinkedHashMap<>();

        // disputes: one pass over the table, one FILTER per figure
        List<String> names = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ");
        String reg = "registered_on BETWEEN :from AND :to";
        String con = "concluded_on BETWEEN :from AND :to";
        String mediated = con + " AND status IN ('SUCCEEDED', 'FAILED')";
        addFilter(sql, names, P + "disputes.registered", reg);
        addFilter(sql, names, P + "disputes.mediated", mediated);
        addFilter(sql, names, P + "disputes.succeeded", con + " AND status = 'SUCCEEDED'");
        addFilter(sql, names, P + "disputes.failed", con + " AND status = 'FAILED'");
        addFilter(sql, names, P + "disputes.withdrawn", con + " AND status = 'WITHDRAWN'");
        addFilter(sql, names, P + "disputes.escalationPrevented", mediated + " AND escalation_prevented");
        addFilter(sql, names, P + "disputes.serious", reg + " AND serious");
        for (DisputeCategory c : DisputeCategory.values()) {
            addFilter(sql, names, categoryMetric(c), reg + " AND category = '" + c.name() + "'");
        }
        for (DisputeSource s : DisputeSource.values()) {
            addFilter(sql, names, sourceMetric(s), reg + " AND source = '" + s.name() + "'");
        }
        addFilter(sql, names, P + "agreements.written", con + " AND status = 'SUCCEEDED' AND agreement_form = 'WRITTEN'");
        addFilter(sql, names, P + "agreements.oral", con + " AND status = 'SUCCEEDED' AND agreement_form = 'ORAL'");
        addFilter(sql, names, P + "dossiers.archived", "archived_on BETWEEN :from AND :to");
        sql.append(" FROM dispute WHERE org_unit LIKE :scope");
        putCounts(out, names, row(em, sql.toString(), period, true));

        Object[] followUps = row(em, """
                SELECT count(*), count(DISTINCT dispute_id) FILTER (WHERE fulfilment = 'FULFILLED')
                FROM follow_up WHERE org_unit LIKE :scope AND visited_on BETWEEN :from AND :to
                """, period, true);
        out.put(P + "followUps", ((Number) followUps[0]).longValue());
        out.put(P + "agreements.fulfilled", ((Number) followUps[1]).longValue());

        List<String> committeeNames = new ArrayList<>();
        StringBuilder committees = new StringBuilder("SELECT count(*)");
        committeeNames.add(P + "committees");
        for (CommitteeLevel l : CommitteeLevel.values()) {
            committees.append(", count(*) FILTER (WHERE level = '").append(l.name()).append("')");
            committeeNames.add(levelMetric(l));
        }
        committees.append("""
                 FROM committee WHERE org_unit LIKE :scope AND term_start <= :to AND (term_end IS NULL OR term_end >= :to)
                 AND (status = 'ACTIVE' OR term_end IS NOT NULL)""");
        putCounts(out, committeeNames, row(em, committees.toString(), period, false));

        Object[] mediators = row(em, """
                SELECT count(*) FILTER (WHERE term_start <= :to AND (term_end IS NULL OR term_end >= :to)),
                       count(*) FILTER (WHERE term_start <= :to AND (term_end IS NULL OR term_end >= :to) AND employment = 'FULL_TIME'),
                       count(*) FILTER (WHERE term_start BETWEEN :from AND :to)
                FROM mediator WHERE org_unit LIKE :scope
                """, period, true);
        putCounts(out, List.of(P + "mediators", P + "mediators.fullTime", P + "mediators.elected"), mediators);

        Object[] trainings = row(em, """
                SELECT count(*), count(*) FILTER (WHERE kind = 'INITIAL'), count(*) FILTER (WHERE kind = 'ANNUAL'),
                       coalesce(sum((SELECT count(*) FROM training_attendance a WHERE a.training_id = t.id)), 0)
                FROM training t WHERE t.org_unit LIKE :scope AND t.held_on BETWEEN :from AND :to
                """, period, true);
        putCounts(out, List.of(P + "trainings.sessions", P + "trainings.sessions.initial", P + "trainings.sessions.annual",
                P + "trainings.attendances"), trainings);

        Object reward = query(em, """
                SELECT coalesce(sum(r.amount), 0)
                FROM dispute d JOIN reward_rate r
                  ON r.year = CAST(extract(YEAR FROM d.archived_on) AS integer) AND r.complexity_grade = d.complexity_grade
                WHERE d.org_unit LIKE :scope AND d.archived_on BETWEEN :from AND :to
                """, period, true).getSingleResult();
        out.put(P + "rewards.amount", new BigDecimal(reward.toString()).setScale(2, RoundingMode.UNNECESSARY));

        Object[] screenings = row(em, """
                SELECT count(*), count(*) FILTER (WHERE zero_report), coalesce(sum(disputes_found), 0)
                FROM screening WHERE org_unit LIKE :scope AND period_end BETWEEN :from AND :to
                """, period, true);
        putCounts(out, List.of(P + "screenings.reported", P + "screenings.zeroReports", P + "screenings.disputesFound"), screenings);
        return out;
    }

    private static void addFilter(StringBuilder sql, List<String> names, String metric, String condition) {
        if (!names.isEmpty()) {
            sql.append(", ");
        }
        sql.append("count(*) FILTER (WHERE ").append(condition).append(')');
        names.add(metric);
    }

    private static void putCounts(Map<String, Number> out, List<String> names, Object[] row) {
        for (int i = 0; i < names.size(); i++) {
            out.put(names.get(i), ((Number) row[i]).longValue());
        }
    }

    private static Object[] row(EntityManager em, String sql, StatsPeriod period, boolean withFrom) {
        return (Object[]) query(em, sql, period, withFrom).getSingleResult();
    }

    private static Query query(EntityManager em, String sql, StatsPeriod period, boolean withFrom) {
        Query q = em.createNativeQuery(sql).setParameter("scope", period.likePattern()).setParameter("to", period.to());
        if (withFrom) {
            q.setParameter("from", period.fromOrEpoch());
        }
        return q;
    }
}
