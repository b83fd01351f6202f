package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.Gender;
import cn.daxiang.justice.corrections.domain.HandoverMethod;
import cn.daxiang.justice.corrections.domain.ResettlementSource;
import cn.daxiang.justice.corrections.domain.SupportTeamMember;
import cn.daxiang.justice.kit.idnumber.ResidentId;
import cn.daxiang.justice.kit.orgunit.KnownOrgUnit;
import cn.daxiang.justice.kit.sync.SyncInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "ResettlementPersonInput", description = "安置帮教对象 / person in resettlement and support")
public record ResettlementInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotNull @KnownOrgUnit @Schema(description = "负责帮教的机构代码", example = "430503101000") String orgUnit,
        @NotBlank @Size(max = 50) @Schema(description = "姓名", example = "孙八") String name,
        @NotNull @Schema(description = "MALE 男, FEMALE 女") Gender gender,
        @NotBlank @ResidentId @Schema(description = "身份证号码（18位）", example = "430503197711230514") String idNumber,
        @NotNull @Schema(description = "来源：PRISON_RELEASE 刑满释放, CORRECTION_RELEASE 解除矫正") ResettlementSource source,
        @NotNull @PastOrPresent @Schema(description = "释放或解除矫正日期", example = "2021-04-01") LocalDate releasedOn,
        @NotNull @PastOrPresent @Schema(description = "接收（衔接）日期，不早于释放日期", example = "2021-04-03") LocalDate receivedOn,
        @PastOrPresent @Schema(description = "首次联系（衔接、帮教走访）日期，不早于释放日期；为空表示尚未联系", example = "2021-04-06") LocalDate contactedOn,
        @PastOrPresent @Schema(description = "收到监狱《刑满释放人员通知书》的日期（应在释放前一个月寄达）", example = "2021-02-26") LocalDate noticeReceivedOn,
        @Schema(description = HANDOVER_DONE) Boolean handoverDone,
        @NotNull @Schema(description = "是否重点帮教对象") Boolean keyTarget,
        @Size(max = 5) @Schema(description = "帮教小组（五包一），至多五人") List<@Valid @NotNull SupportTeamMember> supportTeam,
        @PastOrPresent @Schema(description = "帮教结束日期；为空表示帮教中；不早于最后一次帮教走访") LocalDate endedOn,
        @Size(max = 100) @Schema(description = "释放通知书的发出单位（监狱名称），仅刑满释放人员", example = "湖南省邵阳监狱") String prisonName,
        @Schema(description = "释放通知书所载预计释放日期，仅刑满释放人员", example = "2021-04-01") LocalDate expectedReleaseOn,
        @PastOrPresent @Schema(description = HANDOVER_ON, example = "2021-04-01") LocalDate handoverOn,
        @Schema(description = HANDOVER_METHODS, example = "PICKED_UP_AT_GATE") HandoverMethod handoverMethod,
        @Size(max = 50) @Schema(description = "衔接人（工作人员姓名）", example = "王所长") String handoverBy,
        @Schema(description = "The version this change is based on (updates only); or send If-Match") Long version) implements SyncInput {

    static final String HANDOVER_DONE = "是否已完成衔接：登记了衔接（日期、方式、衔接人）时由衔接方式得出（NOT_REACHED 为否），可不填，填写须与之一致；"
            + "未登记衔接时为所填值（兼容旧客户端），不填为否。"
            + "修改时只填此项（不填衔接日期、方式、衔接人）且与已登记的衔接一致的，保留已登记的衔接；要删除已登记的衔接，此项与衔接三项均不填";
    static final String HANDOVER_ON = "衔接日期：不早于释放日期；刑满释放人员须已收到释放通知书且不早于其收到日期；出监接回的为释放当日；"
            + "与衔接方式、衔接人同填或同不填";
    static final String HANDOVER_METHODS = "衔接方式：PICKED_UP_AT_GATE 出监接回（必接）, HANDED_OVER_BY_PRISON 监狱送回移交（必送）"
            + "（以上仅刑满释放人员）, HANDED_OVER_BY_CORRECTION 社区矫正机构移交（仅解除矫正人员）, CONTACTED 联系衔接, NOT_REACHED 未能衔接";
}
