package cn.daxiang.justice.mediation.rest;

import cn.daxiang.justice.kit.stats.StatsResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The line's figures and metric catalog (the kit's stats endpoint over {@code MediationStats}). */
@Path("/api/v1/mediation/stats")
@Tag(name = "mediation-stats", description = "人民调解统计 / the mediation line's metrics")
public class MediationStatsResource extends StatsResource {
}
