package cn.daxiang.justice.kit.stats;

import cn.daxiang.justice.kit.problem.Problem;
import cn.daxiang.justice.kit.security.Roles;
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

/**
 * A line's stats (see conventions, "Stats"): its figures for a period and org unit, and its metric
 * catalog, from the service's one {@link LineStats} bean. A line declares an empty subclass with its
 * {@code @Path} and {@code @Tag}; the roles are the same for every line and sit on the methods.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class StatsResource {

    @Inject
    protected StatsSupport support;

    @Inject
    protected LineStats figures;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Roles.SERVICE, Roles.EVALUATOR, Roles.DISTRICT_ADMIN, Roles.PROVINCIAL_READER, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "kit.stats", summary = "Metrics for a period and org unit / 业务统计",
            description = "Every metric of `stats/catalog`, counted in SQL from the records, for [from, to] (absent `from`: since the "
                    + "beginning, 累计) and the org unit with everything below it; 'active' figures are read on `to`. With "
                    + "`groupBy=child`, `children` holds the same answer for each direct child of the org unit, computed in the same "
                    + "passes over the records (one call for a district and all its townships).")
    @APIResponse(responseCode = "200", description = "The metrics", content = @Content(schema = @Schema(implementation = StatsResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid period or org unit / 参数不合规",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed, or org unit outside the caller's scope / 无权限",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StatsResponse stats(@BeanParam StatsRequest request) {
        return support.answer(request, figures);
    }

    @GET
    @Path("/catalog")
    @RolesAllowed({Roles.SERVICE, Roles.EVALUATOR, Roles.DISTRICT_ADMIN, Roles.PROVINCIAL_READER, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "kit.statsCatalog", summary = "The metric catalog / 指标目录")
    @APIResponse(responseCode = "200", description = "Every metric: name, meaning in Chinese and English, how it is counted",
            content = @Content(schema = @Schema(implementation = MetricCatalog.class)))
    public MetricCatalog catalog() {
        return figures.catalog();
    }
}
