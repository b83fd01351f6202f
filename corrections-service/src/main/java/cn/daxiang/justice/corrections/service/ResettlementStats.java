package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.kit.stats.MetricDefinition;
import cn.daxiang.justice.kit.stats.TableStats;

import java.util.List;

/**
 * The hand-over (衔接) and 帮教 visit metrics of resettlement. 衔接率 = handed over ÷ released in the period, for prison
 * releases of which the prison's release notice arrived (刑满释放人员), and the same for persons released from
 * correction. Source of the definition: the ministry's resettlement statistics forms (司法部/省厅《安置帮教工作统计报表》,
 * their 衔接情况 section) count the persons handed over among those released with a notice; the form's exact
 * wording was not seen (UNCONFIRMED), and neither is an article of 《关于进一步加强刑满释放人员安置帮教工作的意见》(2018)
 * that defines the rate. Counted by the release day, so a person released in the period counts there even if
 * received or handed over after it.
 */
final class ResettlementStats {

    private ResettlementStats() {
    }

    /** Prison releases in the period whose notice arrived: the 衔接率's denominator (CorrectionsStats.NOTICE). */
    static final String PRISON_NOTIFIED = CorrectionsStats.NOTICE;
    static final String CORRECTION_RELEASED = "source = 'CORRECTION_RELEASE' AND released_on" + CorrectionsStats.IN;

    /** Rows of resettlement_person the period's figures need: received by its end, or released in it. */
    static final String ROWS = "received_on <= :to OR released_on" + CorrectionsStats.IN;

    static final TableStats VISITS = TableStats.over("resettlement_visit", "org_unit")
            .where("visited_on" + CorrectionsStats.IN)
            .count("corrections.resettlement.visits", null)
            .count("corrections.resettlement.visits.home", "kind = 'HOME_VISIT'");

    static final List<MetricDefinition> CATALOG = List.of(
            new MetricDefinition("corrections.resettlement.prisonReleases.notified", "收到释放通知的刑满释放人员数",
                    "Prison releases notified",
                    "释放日期落在期间内、已收到监狱《刑满释放人员通知书》的刑满释放人员数（衔接率的分母）"),
            new MetricDefinition("corrections.resettlement.prisonReleases.handedOver", "刑满释放人员已衔接数",
                    "Prison releases handed over",
                    "上述人员中已衔接的人数：登记了衔接且方式不是 NOT_REACHED（未能衔接），或未登记衔接而标记已衔接（旧客户端）"),
            new MetricDefinition("corrections.resettlement.correctionReleases", "解除矫正人员数（安置帮教）",
                    "Correction releases in resettlement",
                    "来源为解除矫正、解除矫正日期落在期间内的安置帮教对象数"),
            new MetricDefinition("corrections.resettlement.correctionReleases.handedOver", "解除矫正人员已衔接数",
                    "Correction releases handed over", "上述人员中已衔接的人数（同上）"),
            new MetricDefinition("corrections.resettlement.visits", "帮教走访次数", "Support visits",
                    "走访日期落在期间内的帮教走访记录数（走访、谈话教育、电话联系、帮扶救助）"),
            new MetricDefinition("corrections.resettlement.visits.home", "上门走访次数", "Support visits at home",
                    "上述记录中方式为 HOME_VISIT（上门走访）的数量"));
}
