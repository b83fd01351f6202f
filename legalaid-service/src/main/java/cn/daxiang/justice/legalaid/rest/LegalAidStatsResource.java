package cn.daxiang.justice.legalaid.rest;

import cn.daxiang.justice.kit.problem.Problem;
import cn.daxiang.justice.kit.security.Roles;
import cn.daxiang.justice.kit.stats.MetricCatalog;
import cn.daxiang.justice.kit.stats.StatsPeriod;
import cn.daxiang.justice.kit.stats.StatsRequest;
import cn.daxiang.justice.kit.stats.StatsResponse;
import cn.daxiang.justice.kit.stats.StatsSupport;
import cn.daxiang.justice.legalaid.service.LegalAidStatsService;
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

@Path("/api/v1/legal-aid/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "legal-aid-stats", description = "法律援助业务统计（供绩效评价服务读取） / legal aid figures")
@RolesAllowed({Roles.SERVICE, Roles.EVALUATOR, Roles.DISTRICT_ADMIN, Roles.PROVINCIAL_READER, Roles.TOWNSHIP_CLERK})
public class LegalAidStatsResource {

    @Inject
    StatsSupport stats;

    @Inject
    LegalAidStatsService figures;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getLegalAidStats", summary = "Legal aid metrics for an org unit and period / 法律援助业务统计",
            description = "Every metric of `stats/catalog`, counted in SQL from the records, for the org unit and everything below it.")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(schema = @Schema(implementation = StatsResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid period or org unit / 参数不合规",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StatsResponse stats(@BeanParam StatsRequest request) {
        StatsPeriod period = stats.resolve(request);
        return stats.answer(period, figures.metrics(period));
    }

    @GET
    @Path("/catalog")
    @Operation(operationId = "getLegalAidStatsCatalog", summary = "The legal aid metric catalog / 法律援助指标目录")
    @APIResponse(responseCode = "200", description = "The catalog", content = @Content(schema = @Schema(implementation = MetricCatalog.class)))
    public MetricCatalog catalog() {
        return LegalAidStatsService.CATALOG;
    }
}
