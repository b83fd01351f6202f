package cn.daxiang.justice.kit.personview;

import cn.daxiang.justice.kit.accesslog.PersonalData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** One record of a person in this line, as the caller may see it (issue 22, the person view). */
@PersonalData(linkedRecords = "parentId")
@Schema(name = "PersonRecord", description = "某人在本业务线的一条记录 / one record of the person in this line")
public record PersonRecordView(
        @Schema(description = "The record's sync resource name / 记录类型", example = "subjects") String recordType,
        UUID id,
        @Schema(description = "The record the person is a child row of (a case party's case) / 上级记录类型", nullable = true)
        String parentType,
        @Schema(nullable = true) UUID parentId,
        @Schema(description = "The record's API URL (the parent's for a child row) / 记录链接",
                example = "/api/v1/corrections/subjects/0b8f5d1e-3c4a-4f7e-9a55-0a1b2c3d4e5f") String href,
        @Schema(example = "430503101000") String orgUnit,
        @Schema(description = "SUBJECT, RESETTLEMENT_PERSON, APPLICANT, PARTY, …", example = "SUBJECT") String role,
        @Schema(description = "Name, masked per the caller's role as a single record / 姓名（按角色脱敏）", example = "张三丰") String name,
        Instant updatedAt) {
}
