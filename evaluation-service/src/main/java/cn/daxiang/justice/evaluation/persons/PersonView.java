package cn.daxiang.justice.evaluation.persons;

import cn.daxiang.justice.kit.accesslog.PersonalData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * One person across the lines: which lines hold records of the person the caller may see, with links. A line that
 * could not be asked is marked unavailable, never read as "no records". Marked as personal data so that every read
 * is in the access log with the record ids.
 */
@PersonalData
@Schema(name = "PersonView", description = "跨业务线人员视图 / one person across the lines")
public record PersonView(
        @Schema(description = "The keyed hash of the ID number / 身份证号的密钥哈希", example = "q5Xq3d0y7Q2rJcXQGd3mJmH5nYkqk8b4h1cX0y2t9wE")
        String hash,
        @Schema(description = "The lines holding records the caller may see / 有记录的业务线", example = "[\"CORRECTIONS\"]")
        List<String> heldBy,
        @Schema(description = "Whether every line answered / 各业务线是否均已答复") boolean complete,
        List<LineRecords> lines) {

    /** One line's part of the answer. */
    @PersonalData
    @Schema(name = "PersonLineRecords", description = "一条业务线的答复 / one line's answer")
    public record LineRecords(
            @Schema(enumeration = {"CORRECTIONS", "MEDIATION", "LEGAL_AID"}) String line,
            @Schema(example = "社区矫正") String label,
            @Schema(enumeration = {"AVAILABLE", "UNAVAILABLE"}) String status,
            @Schema(description = "Why the line could not be asked / 不可用原因", nullable = true) String reason,
            List<PersonRecord> records) {
    }
}
