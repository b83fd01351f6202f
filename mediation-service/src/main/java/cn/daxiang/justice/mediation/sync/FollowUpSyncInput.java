package cn.daxiang.justice.mediation.sync;

import cn.daxiang.justice.kit.sync.SyncInput;
import cn.daxiang.justice.mediation.api.FollowUpInput;
import cn.daxiang.justice.mediation.domain.Fulfilment;
import cn.daxiang.justice.mediation.domain.Satisfaction;
import cn.daxiang.justice.mediation.domain.TermPerformance;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A follow-up visit as township sync carries it: the API's {@link FollowUpInput} plus the dispute it
 * belongs to (in the API that is the URL) and the version. The org unit is the dispute's.
 */
@Schema(name = "FollowUpSyncInput", description = "回访（同步）/ a follow-up visit with its dispute")
public record FollowUpSyncInput(
        @Schema(description = "Client-supplied id") UUID id,
        @NotNull @Schema(description = "所回访的矛盾纠纷 id") UUID disputeId,
        @NotNull @Schema(description = "回访日期，不早于终结日期", example = "2021-05-01") LocalDate visitedOn,
        @Schema(description = "协议履行情况：FULFILLED 已履行, PARTLY 部分履行, NOT_FULFILLED 未履行。纠纷已登记协议条款时由逐项履行情况得出"
                + "（可不填，填写须一致），否则必填") Fulfilment fulfilment,
        @Size(max = 50)
        @Schema(description = "逐项履行情况，按协议条款顺序：PERFORMED 已履行, PARTLY 部分履行, NOT_PERFORMED 未履行；纠纷已登记协议条款时必填，条数须相同")
        List<@NotNull TermPerformance> termPerformance,
        @NotNull @Schema(description = "当事人满意度：SATISFIED 满意, BASICALLY_SATISFIED 基本满意, DISSATISFIED 不满意") Satisfaction satisfaction,
        @Size(max = 1000) @Schema(description = "回访记录", maxLength = 1000) String note,
        @Schema(description = "The version this record is based on (absent when new)") Long version) implements SyncInput {

    FollowUpInput toApiInput() {
        return new FollowUpInput(id, visitedOn, fulfilment, termPerformance, satisfaction, note);
    }
}
