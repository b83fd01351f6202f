package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.SupervisionKind;
import cn.daxiang.justice.kit.accesslog.PersonalData;
import cn.daxiang.justice.kit.rest.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@PersonalData(linkedRecords = "subjectId")
@Schema(name = "SupervisionRecord", description = "监督管理记录 / supervision record")
public record SupervisionRecordView(UUID id, UUID subjectId, String orgUnit, long version,
                                    @Schema(description = KINDS) SupervisionKind kind, LocalDate occurredOn,
                                    @Schema(description = "工作人员姓名（不遮蔽）") String conductedBy,
                                    @Schema(nullable = true) String place, String result, boolean abnormal,
                                    Instant createdAt, Instant updatedAt) implements Versioned {

    static final String KINDS = "REPORT_IN 报到, ANNOUNCEMENT 入矫宣告, DAILY_REPORT 日常报告, CONTACT 电话/通讯联系, "
            + "HOME_VISIT 实地查访（家庭）, WORKPLACE_VISIT 走访（工作单位）, INFORMATION_CHECK 信息化核查";
    static final String OCCURRED_ON = "日期，不晚于今天：报到、入矫宣告不早于接收日期；其他方式须晚于接收日期；不晚于解除或终止日期";
}
