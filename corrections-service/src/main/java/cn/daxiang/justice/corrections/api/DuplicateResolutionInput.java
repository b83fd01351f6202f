package cn.daxiang.justice.corrections.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DuplicateResolutionInput", description = "疑似重复的核查结论 / the resolution of a suspected duplicate")
public record DuplicateResolutionInput(
        @Size(max = 500) @Schema(description = "核查说明")
        String note,
        @Schema(description = "The review's version this resolution is based on; or send If-Match")
        Long version) {
}
