package cn.daxiang.justice.kit.stats;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.LocalDate;

/** The query parameters of every stats endpoint ({@code @BeanParam}). */
public class StatsRequest {

    @QueryParam("from")
    @Parameter(description = "Start of the period (YYYY-MM-DD); absent: since the beginning (累计)", example = "2021-01-01")
    public LocalDate from;

    @QueryParam("to")
    @Parameter(description = "End of the period, inclusive (YYYY-MM-DD); absent: today", example = "2021-12-31")
    public LocalDate to;

    @QueryParam("orgUnit")
    @Parameter(description = "Org unit, with everything below it; absent: the caller's own / 机构代码（含下级）",
            example = "430503000000")
    public String orgUnit;

    @QueryParam("groupBy")
    @Parameter(description = "`child`: also answer each direct child of the org unit, in the same passes (按下级机构分组)",
            example = "child")
    public String groupBy;

    public static StatsRequest of(LocalDate from, LocalDate to, String orgUnit) {
        StatsRequest request = new StatsRequest();
        request.from = from;
        request.to = to;
        request.orgUnit = orgUnit;
        return request;
    }
}
