package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.kit.stats.StatsResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The line's figures and metric catalog (the kit's stats endpoint over {@code CorrectionsStats}). */
@Path("/api/v1/corrections/stats")
@Tag(name = "corrections-stats", description = "业务统计 / the corrections line's metrics")
public class CorrectionsStatsResource extends StatsResource {
}
