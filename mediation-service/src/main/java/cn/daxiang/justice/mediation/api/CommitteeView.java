package cn.daxiang.justice.mediation.api;

import cn.daxiang.justice.kit.rest.Versioned;
import cn.daxiang.justice.mediation.domain.CommitteeLevel;
import cn.daxiang.justice.mediation.domain.CommitteeStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A mediation committee as clients read it. */
@Schema(name = "Committee", description = "人民调解委员会 / people's mediation committee")
public record CommitteeView(
        UUID id,
        @Schema(description = "所属机构的12位区划代码", example = "430503101000")
        String orgUnit,
        @Schema(description = "版本号，从1开始，每次修改加1")
        long version,
        @Schema(description = "委员会名称", example = "罗市镇人民调解委员会")
        String name,
        @Schema(description = "委员会类别：TOWNSHIP 乡镇, VILLAGE 村/社区, INDUSTRY 行业性, PROFESSIONAL 专业性")
        CommitteeLevel level,
        @Schema(description = "本届任期开始日期")
        LocalDate termStart,
        @Schema(description = "本届任期结束日期", nullable = true)
        LocalDate termEnd,
        @Schema(description = "状态：ACTIVE 在任, DISSOLVED 撤销")
        CommitteeStatus status,
        @Schema(description = "本委员会回访制度：调解成功的纠纷自调结之日起若干日内回访；空：不设回访期限", nullable = true, example = "15")
        Integer followUpWithinDays,
        Instant createdAt,
        Instant updatedAt) implements Versioned {
}
