package cn.daxiang.justice.mediation.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Agreement", description = "调解协议内容 / the content of a mediation agreement")
public record AgreementView(
        @Schema(description = "纠纷的主要事实、争议事项") String matters,
        @Schema(description = "达成协议的内容") List<AgreementTermView> terms,
        @Schema(description = "履行方式") String performanceMethod,
        @Schema(description = "调解协议书编号（书面协议）", nullable = true) String documentNumber) {
}
