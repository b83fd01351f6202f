package cn.daxiang.justice.legalaid.rest;

import cn.daxiang.justice.kit.stats.StatsResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The line's figures and metric catalog (the kit's stats endpoint over {@code LegalAidStats}). */
@Path("/api/v1/legal-aid/stats")
@Tag(name = "legal-aid-stats", description = "法律援助业务统计（供绩效评价服务读取） / legal aid figures")
public class LegalAidStatsResource extends StatsResource {
}
