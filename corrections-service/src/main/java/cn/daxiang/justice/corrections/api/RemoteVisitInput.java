package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.VisitorKind;
import cn.daxiang.justice.kit.orgunit.KnownOrgUnit;
import cn.daxiang.justice.kit.sync.SyncInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "RemoteVisitInput", description = "远程视频会见 / remote video visit")
public record RemoteVisitInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotNull @KnownOrgUnit @Schema(description = "组织会见的机构代码", example = "430503101000") String orgUnit,
        @NotNull @PastOrPresent @Schema(description = "会见日期", example = "2021-07-01") LocalDate visitedOn,
        @NotBlank @Size(max = 100) @Schema(description = "监所名称", example = "湖南省邵阳监狱") String institution,
        @NotBlank @Size(max = 50) @Schema(description = "被会见的服刑人员姓名", example = "赵六") String inmateName,
        @NotNull @Schema(description = "会见人：SUBJECT 社区矫正对象（填 subjectId）, FAMILY_MEMBER 亲属（填 visitorName）", example = "FAMILY_MEMBER") VisitorKind visitorKind,
        @Schema(description = "会见人为矫正对象时，其编号") UUID subjectId,
        @Size(max = 50) @Schema(description = "会见人为亲属时，其姓名", example = "赵七") String visitorName,
        @Size(max = 30) @Schema(description = "与服刑人员的关系", example = "父子") String visitorRelation,
        @Schema(description = "The version this change is based on (updates only); or send If-Match") Long version) implements SyncInput {
}
