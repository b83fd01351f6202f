package cn.daxiang.justice.evaluation.persons;

import cn.daxiang.justice.kit.accesslog.PersonalData;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * One record of a person in one line, as the line answered it: the line has already applied the caller's scope and
 * masked the name per the caller's role; the evaluation service passes it on unchanged.
 */
@PersonalData(linkedRecords = "parentId")
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "PersonRecord", description = "某人在一条业务线中的一条记录 / one record of the person in a line")
public record PersonRecord(
        @Schema(description = "The line's sync resource name / 记录类型", example = "subjects") String recordType,
        UUID id,
        @Schema(description = "Parent record type where the person is a child row (a case party) / 上级记录类型", nullable = true)
        String parentType,
        @Schema(nullable = true) UUID parentId,
        @Schema(description = "The record's API URL / 记录链接", example = "/api/v1/corrections/subjects/0b8f5d1e-3c4a-4f7e-9a55-0a1b2c3d4e5f")
        String href,
        @Schema(example = "430503101000") String orgUnit,
        @Schema(description = "SUBJECT, RESETTLEMENT_PERSON, APPLICANT, PARTY, …", example = "SUBJECT") String role,
        @Schema(description = "Name, masked per the caller's role / 姓名（按角色脱敏）", example = "张*") String name,
        @Schema(nullable = true) Instant updatedAt) {
}
