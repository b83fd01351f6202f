package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.EntrustingAuthority;
import cn.daxiang.justice.corrections.domain.InvestigationOpinion;
import cn.daxiang.justice.kit.idnumber.ResidentId;
import cn.daxiang.justice.kit.orgunit.KnownOrgUnit;
import cn.daxiang.justice.kit.sync.SyncInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** What a client sends to create or replace an investigation. */
@Schema(name = "InvestigationInput", description = "调查评估 / pre-sentence investigation and evaluation")
public record InvestigationInput(
        @Schema(description = "Client-supplied id (offline offices); generated when absent")
        UUID id,
        @NotNull @KnownOrgUnit
        @Schema(description = "司法所或区局的12位区划代码", example = "430503101000")
        String orgUnit,
        @NotNull
        @Schema(description = "委托机关类别：COURT 法院, PROCURATORATE 检察院, PRISON 监狱, PUBLIC_SECURITY 公安")
        EntrustingAuthority entrustingAuthority,
        @NotBlank @Size(max = 100)
        @Schema(description = "委托机关名称", example = "大祥区人民法院")
        String entrustingOrgan,
        @NotBlank @Size(max = 50)
        @Schema(description = "被评估人姓名", example = "张三")
        String personName,
        @NotBlank @ResidentId
        @Schema(description = "被评估人身份证号码（18位）", example = "430503199203080424")
        String personIdNumber,
        @NotNull @PastOrPresent
        @Schema(description = "委托日期", example = "2021-03-01")
        LocalDate entrustedOn,
        @Schema(description = "是否适用速裁程序；适用的须在五个工作日内完成，否则十个工作日；缺省为否")
        Boolean expedited,
        @PastOrPresent
        @Schema(description = "完成日期；与评估意见同时填写", example = "2021-03-15")
        LocalDate completedOn,
        @Schema(description = "评估意见：SUITABLE 适宜, UNSUITABLE 不适宜")
        InvestigationOpinion opinion,
        @Schema(description = "The version this change is based on (updates only); or send If-Match")
        Long version) implements SyncInput {
}
