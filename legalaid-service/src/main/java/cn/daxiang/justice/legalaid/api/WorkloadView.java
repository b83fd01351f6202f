package cn.daxiang.justice.legalaid.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** How many cases a provider was assigned, per year, so assignments can be spread fairly. */
@Schema(name = "ProviderWorkload", description = "承办工作量 / provider workload")
public record WorkloadView(
        UUID providerId,
        @Schema(description = "正在承办（已指派未结案、未终止）的案件数") long open,
        @Schema(description = "按指派年度统计的案件数") List<Year> years) {

    @Schema(name = "ProviderWorkloadYear", description = "某年度指派的案件数")
    public record Year(int year, long assigned, long closed) {
    }
}
