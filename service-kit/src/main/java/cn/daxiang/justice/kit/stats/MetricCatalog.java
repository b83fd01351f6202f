package cn.daxiang.justice.kit.stats;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The metrics a line reports, served at {@code GET /api/v1/{line}/stats/catalog}. */
@Schema(name = "MetricCatalog", description = "指标目录 / metric catalog")
public record MetricCatalog(List<MetricDefinition> items) {
}
