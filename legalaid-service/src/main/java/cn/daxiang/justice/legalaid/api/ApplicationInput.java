package cn.daxiang.justice.legalaid.api;

import cn.daxiang.justice.kit.idnumber.ResidentId;
import cn.daxiang.justice.kit.orgunit.KnownOrgUnit;
import cn.daxiang.justice.kit.sync.SyncInput;
import cn.daxiang.justice.legalaid.domain.ApplicationChannel;
import cn.daxiang.justice.legalaid.domain.CaseCategory;
import cn.daxiang.justice.legalaid.domain.HardshipExemption;
import cn.daxiang.justice.legalaid.domain.NoticeKind;
import cn.daxiang.justice.legalaid.domain.NotifyingOrgan;
import cn.daxiang.justice.legalaid.domain.RecipientCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a client sends to register an application for legal aid. */
@Schema(name = "ApplicationInput", description = "法律援助申请 / application for legal aid")
public record ApplicationInput(
        @Schema(description = "Client-supplied id (offline offices); generated when absent")
        UUID id,
        @NotNull @KnownOrgUnit
        @Schema(description = "受理申请的机构（12位区划代码）", example = "430503101000")
        String orgUnit,
        @NotBlank @Size(max = 100)
        @Schema(description = "申请人姓名", example = "张三")
        String applicantName,
        @NotBlank @ResidentId
        @Schema(description = "申请人公民身份号码（18位，校验）", example = "430503198810070522")
        String applicantIdNumber,
        @Size(max = 30) @Pattern(regexp = "[0-9+\\- ]*", message = "联系电话只能包含数字、空格、+和-")
        @Schema(description = "联系电话", example = "13807390000")
        String applicantPhone,
        @NotNull
        @Schema(description = "申请渠道：WALK_IN 来访, HOTLINE_12348 12348热线, ONLINE 网上申请, NOTIFIED 公检法通知辩护, TRANSFERRED 转交")
        ApplicationChannel channel,
        @NotBlank @Size(max = 2000)
        @Schema(description = "申请事项", example = "劳动报酬纠纷")
        String matter,
        @NotNull
        @Schema(description = "案件类别：CIVIL 民事, CRIMINAL 刑事, ADMINISTRATIVE 行政, PLEA_WITNESS 认罪认罚见证")
        CaseCategory category,
        @Size(max = 1000)
        @Schema(description = "经济困难依据；有免予经济困难审查的法定情形（hardshipExemption）或通知辩护（代理）时可不填，否则必填",
                example = "低保户（大祥区民政局证明）", nullable = true)
        String hardshipBasis,
        @NotNull @PastOrPresent
        @Schema(description = "收到申请日期", example = "2021-03-02")
        LocalDate receivedOn,
        @PastOrPresent
        @Schema(description = "收到公检法通知辩护（代理）的日期（仅 channel NOTIFIED；不晚于收到申请日期）；有此日期时，"
                + "指派期限自此日起算3日（法律援助法第三十六条），不另计审查期限", example = "2021-03-02", nullable = true)
        LocalDate noticeReceivedOn,
        @Schema(description = "通知机关（channel NOTIFIED 必填）：COURT 人民法院, PROCURATORATE 人民检察院, POLICE 公安机关", nullable = true)
        NotifyingOrgan notifyingOrgan,
        @Schema(description = "通知类型（channel NOTIFIED 必填）：DEFENCE 通知辩护（法律援助法第二十五条）, REPRESENTATION 通知代理（第二十八条）；收到通知后三日内指派（第三十六条）", nullable = true)
        NoticeKind noticeKind,
        @Size(min = 4, max = 50)
        @Pattern(regexp = NOTICE_NUMBER, message = "文书编号应为4至50个字符，只含汉字、字母、数字、括号、〔〕和-，且含有数字，如 大公（刑）通字〔2021〕12号")
        @Schema(description = "通知文书编号（channel NOTIFIED 必填）", example = "大公（刑）通字〔2021〕12号", nullable = true)
        String noticeDocumentNumber,
        @Schema(description = "受援人类别（可多选，用于法律援助统计）：MIGRANT_WORKER 农民工（进城务工人员）, MINOR 未成年人, ELDERLY 老年人, "
                + "DISABLED 残疾人, WOMAN 妇女, MILITARY 军人军属, SUBSISTENCE 低保、特困人员, OTHER 其他", nullable = true)
        List<@NotNull RecipientCategory> recipientCategories,
        @Schema(description = "免予经济困难审查的法定情形（法律援助法第三十二条、第四十二条）；不填经济困难依据时必填", nullable = true)
        HardshipExemption hardshipExemption,
        @Schema(description = "The version this change is based on (updates only); or send If-Match")
        Long version) implements SyncInput {

    /** A document number, loosely: Chinese characters, letters, digits, brackets and dashes, with at least one digit. */
    public static final String NOTICE_NUMBER = "(?=.*[0-9])[\\p{IsHan}A-Za-z0-9〔〕\\[\\]()（）【】\\-— ]*";
}
