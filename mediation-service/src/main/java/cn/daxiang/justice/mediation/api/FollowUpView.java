package cn.daxiang.justice.mediation.api;

import cn.daxiang.justice.kit.accesslog.PersonalData;
import cn.daxiang.justice.kit.rest.Versioned;
import cn.daxiang.justice.mediation.domain.Fulfilment;
import cn.daxiang.justice.mediation.domain.Satisfaction;
import cn.daxiang.justice.mediation.domain.TermPerformance;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@PersonalData(linkedRecords = "disputeId")
@Schema(name = "FollowUp", description = "回访 / a follow-up visit")
public record FollowUpView(
        UUID id,
        String orgUnit,
        long version,
        UUID disputeId,
        LocalDate visitedOn,
        @Schema(description = "协议履行情况：FULFILLED 已履行, PARTLY 部分履行, NOT_FULFILLED 未履行") Fulfilment fulfilment,
        @Schema(description = "逐项履行情况，按协议条款顺序；纠纷未登记协议条款时为空", nullable = true) List<TermPerformance> termPerformance,
        @Schema(description = "当事人满意度：SATISFIED 满意, BASICALLY_SATISFIED 基本满意, DISSATISFIED 不满意") Satisfaction satisfaction,
        @Schema(nullable = true) String note,
        Instant createdAt,
        Instant updatedAt) implements Versioned {
}
