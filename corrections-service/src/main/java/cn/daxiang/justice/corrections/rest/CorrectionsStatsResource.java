package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.service.CorrectionsStats;
import cn.daxiang.justice.kit.problem.Problem;
import cn.daxiang.justice.kit.security.Roles;
import cn.daxiang.justice.kit.stats.MetricCatalog;
import cn.daxiang.justice.kit.stats.StatsPeriod;
import cn.daxiang.justice.kit.stats.StatsRequest;
import cn.daxiang.justice.kit.stats.StatsResponse;
import cn.daxiang.justice.kit.stats.StatsSupport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/corrections/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "corrections-stats", description = "业务统计 / the corrections line's metrics")
@RolesAllowed({Roles.SERVICE, Roles.EVALUATOR, Roles.DISTRICT_ADMIN, Roles.PROVINCIAL_READER, Roles.TOWNSHIP_CLERK})
public class CorrectionsStatsResource {

    @Inject
    StatsSupport stats;

    @Inject
    CorrectionsStats corrections;

    @GET
    @Operation(operationId = "getCorrectionsStats", summary = "Metrics for a period and org unit / 社区矫正业务统计",
            description = "Every metric of the catalog for [from, to] (absent `from`: since the beginning, 累计) and the org unit "
                    + "with everything below it; 'active' and key-target figures are read on `to`.")
    @APIResponse(responseCode = "200", description = "The metrics", content = @Content(schema = @Schema(implementation = StatsResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid period or org unit / 参数不合规",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StatsResponse stats(@BeanParam StatsRequest request) {
        StatsPeriod period = stats.resolve(request);
        return stats.answer(period, corrections.compute(period));
    }

    @GET
    @Path("/catalog")
    @Operation(operationId = "getCorrectionsMetricCatalog", summary = "The metric catalog / 指标目录")
    @APIResponse(responseCode = "200", description = "Name, meaning and counting of every metric",
            content = @Content(schema = @Schema(implementation = MetricCatalog.class)))
    public MetricCatalog catalog() {
        return corrections.catalog();
    }
}
