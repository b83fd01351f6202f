package cn.daxiang.justice.kit.clock;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.LocalDate;

/** The filters of a to-do list. */
public class TaskFilter {

    @QueryParam("orgUnit")
    @Parameter(description = "This org unit and below, within the caller's scope / 机构（含下级）")
    public String orgUnit;

    @QueryParam("kind")
    @Parameter(description = "Kind of item, e.g. APPLICATION_REVIEW / 事项代码")
    public String kind;

    @QueryParam("state")
    @Parameter(description = "PENDING, DUE_SOON, OVERDUE, STOPPED (open), MET or MISSED (done); absent: every open item / 状态，缺省为全部未完成事项")
    public DeadlineState state;

    @QueryParam("dueBefore")
    @Parameter(description = "Due on or before this day / 届满日不晚于")
    public LocalDate dueBefore;
}
