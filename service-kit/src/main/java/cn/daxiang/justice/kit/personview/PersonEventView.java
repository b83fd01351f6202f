package cn.daxiang.justice.kit.personview;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** One event of a person for the cross-line figures: the keyed hash only, never the ID number or the name. */
@Schema(name = "PersonEvent", description = "人员事件（仅身份证号哈希）/ a person's event, hash only")
public record PersonEventView(
        @Schema(description = "Keyed hash of the ID number / 身份证号的密钥哈希", example = "q5Xq3d0y7Q2rJcXQGd3mJmH5nYkqk8b4h1cX0y2t9wE")
        String hash,
        @Schema(example = "CORRECTION_STARTED") String event,
        @Schema(example = "2021-10-08") LocalDate date,
        @Schema(example = "430503101000") String orgUnit) {
}
