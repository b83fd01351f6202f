package cn.daxiang.justice.mediation.api;

import cn.daxiang.justice.kit.orgunit.KnownOrgUnit;
import cn.daxiang.justice.kit.sync.SyncInput;
import cn.daxiang.justice.mediation.domain.DisputeCategory;
import cn.daxiang.justice.mediation.domain.DisputeSource;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a client sends to register or correct a dispute; the status changes only through the actions. */
@Schema(name = "DisputeInput", description = "矛盾纠纷登记 / a dispute as registered")
public record DisputeInput(
        @Schema(description = "Client-supplied id (offline offices); generated when absent")
        UUID id,
        @NotNull @KnownOrgUnit
        @Schema(description = "纠纷所在机构的12位区划代码", example = "430503101000")
        String orgUnit,
        @NotNull
        @Schema(description = "受理的人民调解委员会 id")
        UUID committeeId,
        @NotNull
        @Schema(description = "登记日期", example = "2021-03-15")
        LocalDate registeredOn,
        @NotNull
        @Schema(description = "纠纷来源：SCREENING 排查, APPLICATION 当事人申请, POLICE_REFERRAL 公安移送, "
                + "COURT_ENTRUSTED 法院委托, GOVERNMENT_ASSIGNED 政府交办, PETITION_REFERRAL 信访移送")
        DisputeSource source,
        @NotNull
        @Schema(description = "纠纷类别：MARRIAGE_FAMILY 婚姻家庭, NEIGHBOURHOOD 邻里, LAND_HOUSING 山林土地房屋, CONTRACT 合同, "
                + "DAMAGES 损害赔偿, LABOUR 劳动争议, LAND_REQUISITION 征地拆迁, MEDICAL 医疗, TRAFFIC 交通事故, OTHER 其他")
        DisputeCategory category,
        @NotBlank @Size(max = 2000)
        @Schema(description = "纠纷简要情况", maxLength = 2000, example = "罗市镇两户村民因宅基地边界和排水沟走向发生争执，多次口角，申请村人民调解委员会调解")
        String summary,
        @DecimalMin(value = "0", message = "涉及金额不能为负") @Digits(integer = 12, fraction = 2, message = "涉及金额最多12位整数、2位小数")
        @Schema(description = "涉及金额（元）；可空", example = "12000.00")
        BigDecimal amountInvolved,
        @Schema(description = "预防矛盾纠纷升级（预防升级）；默认 false")
        Boolean escalationPrevented,
        @Schema(description = "重大矛盾纠纷；默认 false")
        Boolean serious,
        @NotEmpty @Size(max = 50) @Valid
        @Schema(description = "当事人，至少一人")
        List<@NotNull PartyInput> parties,
        @Size(max = 20)
        @Schema(description = "承办的人民调解员 id，第一位为主办")
        List<@NotNull UUID> mediatorIds,
        @Schema(description = "延期至：调结期限（受理后一个月）延长到的日期，只能在纠纷终结前登记，不早于一个月的届满日；"
                + "须同时填写延期理由。不填则保持原值", example = "2021-11-08")
        LocalDate extendedUntil,
        @Size(max = 500)
        @Schema(description = "延期理由（如经双方当事人同意继续调解）；不填则保持原值", maxLength = 500, example = "经双方当事人同意继续调解")
        String extensionReason,
        @Schema(description = "当事人决定申请司法确认（仅调解成功的纠纷）；false 同时清除申请日期。不填则保持原值")
        Boolean confirmationSought,
        @Schema(description = "双方当事人向人民法院申请司法确认的日期，不早于调解协议生效日期；不填则保持原值", example = "2021-02-05")
        LocalDate confirmationAppliedOn,
        @Size(max = 100)
        @Schema(description = "受理司法确认申请的人民法院（仅在当事人决定申请司法确认时）；不填则保持原值", maxLength = 100,
                example = "邵阳市大祥区人民法院")
        String confirmationCourt,
        @Size(max = 100)
        @Schema(description = "移送（委托、交办）机关名称，仅限移送类来源（法院、公安、信访、政府）；来源改为非移送类时清除，不填则保持原值",
                maxLength = 100, example = "邵阳市大祥区人民法院")
        String referringOrgan,
        @Size(max = 60)
        @Schema(description = "移送文书编号；规则同上", maxLength = 60, example = "（2021）湘0503民诉前调45号")
        String referralDocumentNumber,
        @Schema(description = "收到移送的日期，不晚于登记日期；规则同上", example = "2021-03-14")
        LocalDate referralReceivedOn,
        @Schema(description = "The version this change is based on (updates only); or send If-Match")
        Long version) implements SyncInput {
}
