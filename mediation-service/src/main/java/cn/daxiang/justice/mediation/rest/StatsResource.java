package cn.daxiang.justice.mediation.rest;

import cn.daxiang.justice.kit.problem.Problem;
import cn.daxiang.justice.kit.security.Roles;
import cn.daxiang.justice.kit.stats.MetricCatalog;
import cn.daxiang.justice.kit.stats.StatsPeriod;
import cn.daxiang.justice.kit.stats.StatsRequest;
import cn.daxiang.justice.kit.stats.StatsResponse;
import cn.daxiang.justice.kit.stats.StatsSupport;
import cn.daxiang.justice.mediation.service.MediationStats;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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

@Path("/api/v1/mediation/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "mediation-stats", description = "人民调解统计 / the mediation line's metrics")
@RolesAllowed({Roles.SERVICE, Roles.EVALUATOR, Roles.DISTRICT_ADMIN, Roles.PROVINCIAL_READER, Roles.TOWNSHIP_CLERK})
@APIResponse(responseCode = "403", description = "Role not allowed, or org unit outside the caller's scope / 无权限",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class StatsResource {

    @Inject
    StatsSupport support;

    @Inject
    MediationStats stats;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "mediationStats", summary = "Mediation metrics for an org unit and period / 人民调解统计",
            description = "Every metric of the catalog, computed by SQL aggregates over the records of the org unit and everything below it.")
    @APIResponse(responseCode = "200", description = "The metrics", content = @Content(schema = @Schema(implementation = StatsResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid period or org unit / 参数不合规",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StatsResponse stats(@BeanParam StatsRequest request) {
        StatsPeriod period = support.resolve(request);
        return support.answer(period, stats.compute(period));
    }

    @GET
    @Path("/catalog")
    @Operation(operationId = "mediationStatsCatalog", summary = "The metric catalog / 人民调解指标目录")
    @APIResponse(responseCode = "200", description = "Every metric: name, meaning in Chinese and English, how it is counted",
            content = @Content(schema = @Schema(implementation = MetricCatalog.class)))
    public MetricCatalog catalog() {
        return stats.catalog();
    }
}
