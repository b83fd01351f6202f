package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.kit.stats.MetricDefinition;
import cn.daxiang.justice.kit.stats.TableStats;

import java.util.List;

/** The metrics of leave requests: one aggregate statement over their table, by the day of the application. */
final class LeaveStats {

    private LeaveStats() {
    }

    static final TableStats TABLE = TableStats.over("leave_request", "org_unit")
            .where("applied_on" + CorrectionsStats.IN)
            .count("corrections.leave.requests", null)
            .count("corrections.leave.approved", "status IN ('APPROVED', 'BACK')")
            .count("corrections.leave.rejected", "status = 'REJECTED'")
            .count("corrections.leave.overSevenDays", "leave_until - leave_from >= " + CorrectionsApprovals.TOWNSHIP_MAX_DAYS);

    static final List<MetricDefinition> CATALOG = List.of(
            new MetricDefinition("corrections.leave.requests", "请假外出申请数", "Leave requests",
                    "申请日期落在期间内的请假外出申请数（含审批中）"),
            new MetricDefinition("corrections.leave.approved", "批准请假外出数", "Leave requests approved",
                    "上述申请中已批准（含已销假）的数量"),
            new MetricDefinition("corrections.leave.rejected", "不予批准请假外出数", "Leave requests rejected",
                    "上述申请中不予批准的数量"),
            new MetricDefinition("corrections.leave.overSevenDays", "超过七日的请假外出申请数", "Leave requests over 7 days",
                    "上述申请中外出超过七日、须经区局审批的数量（《社区矫正法实施办法》第二十七条）"));
}
