package cn.daxiang.justice.evaluation.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Activating a scorecard: the version it is based on (or If-Match). */
@Schema(name = "ScorecardActivation", description = "启用评分体系 / activate a scorecard")
public record ScorecardActivation(@Schema(description = "The version this is based on; or send If-Match", example = "1") Long version) {
}
