package cn.daxiang.justice.evaluation.report;

import cn.daxiang.justice.evaluation.client.Line;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How the report writes each figure, per section and sentence, in the seed's words
 * ("累计接收社区矫正对象927人，累计解除779人，目前在册管理148人"). A phrase names a metric (also
 * {@code cumulative:} and {@code target:} ones) or an indicator ({@code indicator:CODE}); a sentence
 * is written with the phrases whose figure exists and left out when none does, so that a figure
 * nobody reported is never written as 0.
 */
final class Phrases {

    static final String INDICATOR = "indicator:";
    /** An amount in yuan written as the seed writes money: 3.7万余 (万 with one decimal cut, 余 when more), under 10,000 as is. */
    static final String TEN_THOUSANDS = "wan:";

    record Phrase(String ref, String template) {
    }

    /**
     * The lead and the phrases whose figure exists; {@code details} follow them in brackets, and only
     * with them. {@code noneCounted} is written instead when the sentence's rate has a zero denominator
     * (nothing counted towards it: no value, never 0 %), and when every phrase names a metric whose figure is 0
     * (nothing done in the period: 「本期未发放“以奖代补”」 rather than 「0份…0元」).
     */
    record Sentence(String lead, List<Phrase> phrases, List<Phrase> details, String noneCounted) {

        Sentence(String lead, List<Phrase> phrases) {
            this(lead, phrases, List.of(), null);
        }
    }

    record SectionSpec(String key, String heading, Line line, List<Sentence> sentences) {
    }

    static final String OTHER = "OTHER";
    static final String SPENDING = "SPENDING";

    static final List<SectionSpec> SECTIONS = List.of(
            new SectionSpec("CORRECTIONS", "社区矫正与安置帮教", Line.CORRECTIONS, List.of(
                    new Sentence("社区矫正：", List.of(
                            p("cumulative:corrections.subjects.received", "截至期末累计接收社区矫正对象%s人"),
                            p("cumulative:corrections.subjects.released", "累计解除%s人"),
                            p("corrections.subjects.active", "目前在册管理%s人"),
                            p("corrections.subjects.active.control", "管制%s人"),
                            p("corrections.subjects.active.probation", "缓刑%s人"),
                            p("corrections.subjects.active.parole", "假释%s人"),
                            p("corrections.subjects.active.outsidePrison", "暂予监外执行%s人"),
                            // the seed counts these two since records began as well
                            p("cumulative:corrections.investigations.completed", "累计开展社区矫正调查评估%s例"),
                            p("cumulative:corrections.education.personTimes", "累计实施教育矫正%s人次"))),
                    new Sentence("本期", List.of(
                            p("corrections.subjects.received", "接收社区矫正对象%s人"),
                            p("corrections.subjects.released", "解除%s人"),
                            p("corrections.investigations.completed", "开展社区矫正调查评估%s例"),
                            p("corrections.education.personTimes", "实施教育矫正%s人次"))),
                    timeliness("社区矫正对象", "CORRECTIONS_REPORT_IN_RATE", "按期报到率为%s",
                            "corrections.subjects.reportIn", "按期报到%s人", "逾期报到%s人", "逾期未报到%s人",
                            "社区矫正对象报到：本期无已报到或逾期未报到的到期对象，按期报到率不计算"),
                    timeliness("", "CORRECTIONS_INVESTIGATION_TIMELINESS_RATE", "调查评估按期完成率为%s",
                            "corrections.investigations.completion", "按期完成%s例", "逾期完成%s例", "逾期未完成%s例",
                            "调查评估：本期无已完成或逾期未完成的到期调查评估，按期完成率不计算"),
                    new Sentence("安置帮教：", List.of(
                            p("corrections.resettlement.received", "共接收%s人"),
                            p("corrections.resettlement.received.prisonRelease", "其中刑满释放人员%s人"),
                            p("corrections.resettlement.received.correctionRelease", "解除矫正人员%s人"),
                            p("corrections.resettlement.keyTargets", "现有重点帮教对象%s人"),
                            p("corrections.resettlement.keyTargetsWithTeam", "落实“五包一”管控机制%s人"),
                            p(INDICATOR + "RESETTLEMENT_KEY_TARGET_TEAM_RATE", "落实率%s"),
                            p("corrections.resettlement.visits", "开展帮教走访%s次"))),
                    // 衔接率: handed over ÷ released in the period (prison releases: those whose release notice arrived)
                    new Sentence("刑满释放人员", List.of(p(INDICATOR + "RESETTLEMENT_HANDOVER_RATE", "衔接率为%s")),
                            List.of(p("corrections.resettlement.prisonReleases.notified", "收到释放通知%s人"),
                                    p("corrections.resettlement.prisonReleases.handedOver", "已衔接%s人")),
                            "刑满释放人员衔接：本期无收到释放通知的刑满释放人员，衔接率不计算"),
                    new Sentence("解除矫正人员", List.of(p(INDICATOR + "CORRECTION_RELEASE_HANDOVER_RATE", "衔接率为%s")),
                            List.of(p("corrections.resettlement.correctionReleases", "解除矫正%s人"),
                                    p("corrections.resettlement.correctionReleases.handedOver", "已衔接%s人")),
                            "解除矫正人员衔接：本期无解除矫正并纳入安置帮教的人员，衔接率不计算"))),
            new SectionSpec("MEDIATION", "人民调解", Line.MEDIATION, List.of(
                    new Sentence("", List.of(
                            p("mediation.disputes.mediated", "共调处矛盾纠纷%s件"),
                            p("mediation.disputes.succeeded", "调处成功%s件"),
                            p(INDICATOR + "MEDIATION_SUCCESS_RATE", "成功率%s"),
                            p("mediation.disputes.escalationPrevented", "预防矛盾纠纷升级%s起"))),
                    timeliness("", "MEDIATION_CONCLUSION_TIMELINESS_RATE", "纠纷按期调结率为%s",
                            "mediation.disputes.conclusion", "按期调结%s件", "逾期调结%s件", "逾期未调结%s件",
                            "纠纷调结：本期无已调结或逾期未调结的到期纠纷，按期调结率不计算"),
                    // 司法确认 (人民调解法第三十三条): applications by their date, rulings by theirs
                    new Sentence("", List.of(
                            p("mediation.agreements.judicialConfirmation.applied", "当事人申请司法确认调解协议%s件"),
                            p("mediation.agreements.judicialConfirmation.confirmed", "经人民法院裁定确认有效%s件"),
                            p("mediation.agreements.judicialConfirmation.rejected", "裁定驳回%s件"),
                            p(INDICATOR + "MEDIATION_JUDICIAL_CONFIRMATION_RATE", "司法确认率%s"))),
                    // 诉调、警调、访调对接: the referred disputes concluded in the period and those fed back to their organ
                    new Sentence("委托移送纠纷", List.of(p(INDICATOR + "MEDIATION_REFERRAL_FEEDBACK_RATE", "反馈率为%s")),
                            List.of(p("mediation.referrals.concluded", "调结%s件"),
                                    p("mediation.referrals.fedBack", "已向移送机关反馈%s件")),
                            "委托移送纠纷反馈：本期无调结的法院委托、公安移送、信访移送或政府交办纠纷，反馈率不计算"),
                    new Sentence("", List.of(
                            p("mediation.dossiers.archived", "归档调解卷宗%s份"))),
                    // the seed's «针对上年度221份调解卷宗，发放“以奖代补”3.7万余元»: the batches paid in the period, which pay
                    // for the previous year's dossiers (mediation-service README, "Payment batches")
                    new Sentence("针对上年度", List.of(
                            p("mediation.rewards.paid.dossiers", "%s份调解卷宗"),
                            p(TEN_THOUSANDS + "mediation.rewards.paid.amount", "发放“以奖代补”%s元")),
                            List.of(), "本期未发放“以奖代补”"))),
            new SectionSpec("LEGAL_AID", "法律援助", Line.LEGAL_AID, List.of(
                    new Sentence("", List.of(
                            p("target:legalaid.cases.accepted", "上级下达任务%s件"),
                            p("legalaid.cases.accepted", "共受理法律援助案件%s件"),
                            p(INDICATOR + "LEGALAID_TASK_COMPLETION_RATE", "完成率为%s"),
                            // derived in the run from the catalog (accepted less the target, when above it)
                            p("legalaid.cases.exceeded", "已超额完成%s件的目标任务"))),
                    new Sentence("受理案件中，", List.of(
                            p("legalaid.cases.accepted.civil", "民事%s件"),
                            p("legalaid.cases.accepted.criminal", "刑事%s件"),
                            p("legalaid.cases.accepted.administrative", "行政%s件"),
                            p("legalaid.cases.accepted.pleaWitness", "认罪认罚见证%s件"))),
                    new Sentence("", List.of(
                            p("legalaid.cases.closed", "结案%s件"),
                            p("legalaid.cases.qualified", "评查合格%s件"),
                            p(INDICATOR + "LEGALAID_QUALITY_PASS_RATE", "质量合格率%s"),
                            p("legalaid.consultations", "提供法律咨询%s人次"))),
                    timeliness("法律援助申请审查", "LEGALAID_REVIEW_TIMELINESS_RATE", "及时率为%s",
                            "legalaid.applications.review", "按期%s件", "逾期%s件", "逾期未办%s件",
                            "法律援助申请审查：本期无已审查或逾期未审查的到期申请，审查及时率不计算"),
                    new Sentence("", List.of(
                            p("legalaid.cases.notified", "受理人民法院、人民检察院、公安机关通知辩护（代理）案件%s件"),
                            p("legalaid.cases.advance", "先行提供法律援助%s件"))),
                    // 通知辩护按期指派率: assigned within 3 日 of the notice (法律援助法第三十六条), notified representation included
                    timeliness("通知辩护", "LEGALAID_NOTICE_ASSIGNMENT_RATE", "按期指派率为%s",
                            "legalaid.cases.noticeAssignment", "按期指派%s件", "逾期指派%s件", "逾期未指派%s件",
                            "通知辩护指派：本期无已指派或逾期未指派的到期通知案件，按期指派率不计算"),
                    new Sentence("值班律师：", List.of(
                            p("legalaid.dutyLawyer.services", "提供法律帮助%s人次"),
                            p("legalaid.dutyLawyer.pleaWitness", "其中认罪认罚见证%s人次"),
                            p("legalaid.dutyLawyer.coerciveMeasure", "申请变更强制措施%s人次"),
                            p("legalaid.dutyLawyer.aidApplication", "帮助申请法律援助%s人次"))),
                    // 办案补贴 (法律援助法第五十二条): owed for the cases closed in the period, paid in it (by paid date)
                    new Sentence("办案补贴：", List.of(
                            p(INDICATOR + "LEGALAID_SUBSIDY_DUE", "本期结案案件应发%s"),
                            p(INDICATOR + "LEGALAID_SUBSIDY_PAID", "发放法律援助办案补贴%s"),
                            p("legalaid.subsidies.paid.cases", "涉及案件%s件"),
                            p(INDICATOR + "LEGALAID_SUBSIDY_PER_CASE", "每案补贴%s"))),
                    new Sentence("公共法律服务网络：", List.of(
                            p("legalaid.servicePoints.centers", "公共法律服务中心%s个"),
                            p("legalaid.servicePoints.workstations", "公共法律服务工作站%s个"),
                            p("legalaid.servicePoints.workPoints", "公共法律服务工作点%s个"))))),
            // Persons across the lines (issue 22): figures computed from the lines' person events, hashes only
            new SectionSpec("PERSONS", "跨业务线人员情况（平台所见）", Line.PERSONS, List.of(
                    new Sentence("重新犯罪率（平台所见）为", List.of(p(INDICATOR + "PLATFORM_REOFFENCE_RATE", "%s")),
                            List.of(p("persons.released", "回溯期内解除矫正或刑满释放%s人"),
                                    p("persons.reoffended", "其中再次成为社区矫正对象%s人")),
                            "重新犯罪率（平台所见）：回溯期内无解除矫正或刑满释放人员，不计算"),
                    new Sentence("", List.of(
                            p("persons.correction.legalAidGranted", "社区矫正对象中获得法律援助%s人"),
                            p("persons.resettlement.laterCorrection", "安置帮教人员后续入矫%s人"))))),
            // the figures no service counts: their sentences come from the manual-figure catalog (issue 23, V19)
            new SectionSpec(OTHER, "其他（人工填报）", null, List.of()),
            // issue 23: the year's budget and expenditure (SpendingReport adds the split by fund and one line per project)
            new SectionSpec(SPENDING, "预算执行情况", null, List.of(
                    new Sentence("", List.of(
                            p(INDICATOR + "SPENDING_BUDGET_ADJUSTED", "全年预算%s"),
                            p(INDICATOR + "SPENDING_SPENT", "实际支出%s"),
                            p(INDICATOR + "SPENDING_EXECUTION_RATE", "预算执行率%s")),
                            List.of(p(INDICATOR + "SPENDING_BUDGET_INITIAL", "年初预算%s")), null),
                    new Sentence("", List.of(p(INDICATOR + "SPENDING_PROJECT_COMPLETION_RATE", "项目完成率%s")),
                            List.of(p("spending.projects.withTarget", "设定产出目标的项目%s个"),
                                    p("spending.projects.achieved", "达到目标%s个")),
                            "项目完成率：本期无设定产出目标的项目，不计算"),
                    new Sentence("", List.of(
                            p(INDICATOR + "SPENDING_LEGALAID_SUBSIDY_PER_CASE", "法律援助案均补贴%s"),
                            p(INDICATOR + "SPENDING_MEDIATION_REWARD_PER_DOSSIER", "以奖代补卷均金额%s"))))));

    /** The rates written after a catalog sentence's figures, by the sentence's lead. */
    static final Map<String, List<Phrase>> CATALOG_RATES = Map.of(
            "行政复议：", List.of(p(INDICATOR + "RECONSIDERATION_CLOSURE_RATE", "办结率%s")),
            "行政执法监督：", List.of(p(INDICATOR + "NORMATIVE_DOCUMENT_FILING_RATE", "报备率%s")));

    private Phrases() {
    }

    private static Phrase p(String ref, String template) {
        return new Phrase(ref, template);
    }

    /**
     * A timeliness rate quoted with its counts, 「法律援助申请审查及时率为X%（按期N件，逾期M件，逾期未办K件）」:
     * the indicator over a deadline's {@code <base>.onTime|.late|.overdue} figures, which the lines
     * publish for the items due in the period.
     */
    private static Sentence timeliness(String lead, String indicator, String rate, String base, String onTime, String late,
                                       String overdue, String noneCounted) {
        return new Sentence(lead, List.of(p(INDICATOR + indicator, rate)),
                List.of(p(base + ".onTime", onTime), p(base + ".late", late), p(base + ".overdue", overdue)), noneCounted);
    }

    /** Every metric a section's sentences name (to find the manual figures no phrase covers). */
    static boolean covered(String metric) {
        return SECTIONS.stream().flatMap(s -> s.sentences().stream())
                .flatMap(s -> Stream.concat(s.phrases().stream(), s.details().stream()))
                .anyMatch(p -> p.ref().equals(metric) || p.ref().equals(TEN_THOUSANDS + metric));
    }
}
