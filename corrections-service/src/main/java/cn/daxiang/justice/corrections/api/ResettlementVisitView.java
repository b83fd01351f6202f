package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.ResettlementVisitKind;
import cn.daxiang.justice.kit.accesslog.PersonalData;
import cn.daxiang.justice.kit.rest.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@PersonalData(linkedRecords = "personId")
@Schema(name = "ResettlementVisit", description = "帮教走访记录 / resettlement support visit")
public record ResettlementVisitView(UUID id, UUID personId, String orgUnit, long version, LocalDate visitedOn,
                                    @Schema(description = "走访人（不遮蔽）") String visitedBy,
                                    @Schema(description = KINDS) ResettlementVisitKind kind, String result,
                                    Instant createdAt, Instant updatedAt) implements Versioned {

    static final String KINDS = "HOME_VISIT 走访（上门）, TALK 谈话教育, PHONE 电话联系, ASSISTANCE 帮扶救助";
    static final String VISITED_ON = "走访日期，不晚于今天，不早于释放（解除矫正）日期，帮教结束的不晚于结束日期";
}
