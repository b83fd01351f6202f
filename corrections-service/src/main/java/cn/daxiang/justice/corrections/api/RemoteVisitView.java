package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.VisitorKind;
import cn.daxiang.justice.kit.accesslog.PersonalData;
import cn.daxiang.justice.kit.rest.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@PersonalData(linkedRecords = "subjectId")
@Schema(name = "RemoteVisit", description = "远程视频会见 / remote video visit")
public record RemoteVisitView(UUID id, String orgUnit, long version, LocalDate visitedOn, String institution, String inmateName,
                              @Schema(description = "SUBJECT 社区矫正对象, FAMILY_MEMBER 亲属") VisitorKind visitorKind,
                              @Schema(nullable = true) UUID subjectId, @Schema(nullable = true) String visitorName,
                              @Schema(nullable = true) String visitorRelation, Instant createdAt, Instant updatedAt) implements Versioned {
}
