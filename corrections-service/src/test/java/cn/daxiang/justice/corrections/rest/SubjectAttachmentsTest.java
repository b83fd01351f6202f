package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.corrections.TestData.SUBJECTS;
import static cn.daxiang.justice.corrections.TestData.subject;
import static cn.daxiang.justice.corrections.sync.CorrectionsSyncTest.batch;
import static cn.daxiang.justice.corrections.sync.CorrectionsSyncTest.mirror;
import static cn.daxiang.justice.corrections.sync.CorrectionsSyncTest.upload;
import static cn.daxiang.justice.devsupport.testing.AttachmentChecks.attachmentsOf;
import static cn.daxiang.justice.devsupport.testing.AttachmentChecks.contents;
import static cn.daxiang.justice.devsupport.testing.AttachmentChecks.refusedAndNothingStored;
import static cn.daxiang.justice.devsupport.testing.AttachmentChecks.storedAndReadBack;
import static cn.daxiang.justice.devsupport.testing.AttachmentFiles.executable;
import static cn.daxiang.justice.devsupport.testing.AttachmentFiles.pdf;
import static cn.daxiang.justice.devsupport.testing.AttachmentFiles.png;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.BANQIAO;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A subject's files (一人一档, kit attachments): kinds of the line, scope, a transfer, a mistaken intake undone. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class SubjectAttachmentsTest {

    static final String A = BANQIAO;

    @Inject
    AgroalDataSource dataSource;

    static Map<String, Object> newSubject() {
        Map<String, Object> body = subject(UUID.randomUUID(), A, "PROBATION", LocalDate.of(2021, 9, 28), "NORMAL");
        as("township-clerk", A).body(body).post(SUBJECTS).then().statusCode(201);
        return body;
    }

    static String files(Object subjectId) {
        return SUBJECTS + "/" + subjectId + "/attachments";
    }

    /** Whether the office's offline copy of the attachments feed holds the file (its last change not a deletion). */
    static boolean inMirror(String office, String file) {
        Map<String, Object> last = mirror(as("township-clerk", office), "attachments").get(file);
        return last != null && !Boolean.TRUE.equals(last.get("deleted"));
    }

    @Test
    void theOfficeFilesTheJudgmentAndVisitPhotosAndOnlyItsKindsAndTypes() {
        Object id = newSubject().get("id");
        storedAndReadBack("township-clerk", A, files(id), "判决书.pdf", pdf("judgment " + id), "JUDGMENT", "application/pdf");
        JsonPath photo = storedAndReadBack("township-clerk", A, files(id), "走访.png", png(), "VISIT_PHOTO", "image/png");
        assertEquals("走访照片", photo.getString("kindLabel"));
        refusedAndNothingStored(dataSource, "corrections", "township-clerk", A, files(id), "协议.pdf", pdf("x"), "AGREEMENT", 400);
        refusedAndNothingStored(dataSource, "corrections", "township-clerk", A, files(id), "走访.pdf", pdf("x"), "VISIT_PHOTO", 415);
        refusedAndNothingStored(dataSource, "corrections", "township-clerk", A, files(id), "判决书.pdf", executable(), "JUDGMENT", 415);
        as("township-clerk", A).get(files(id)).then().statusCode(200).body("size()", equalTo(2));
        // another office sees neither the subject nor its files; the district lists them masked
        as("township-clerk", CAIE).get(files(id)).then().statusCode(404);
        as("township-clerk", CAIE).get(photo.getString("downloadUrl")).then().statusCode(404);
        as("district-admin", DISTRICT).get(files(id)).then().statusCode(200).body("[1].fileName", equalTo("***.png"));
        as("district-admin", DISTRICT).get("/api/v1/corrections/access-log?recordId=" + id).then().statusCode(200)
                .body("items.operation", org.hamcrest.Matchers.hasItem("kit.attachmentContent"));
    }

    @Test
    void aTransferredSubjectTakesItsFilesAndAMistakenIntakeUndoneTakesThemAway() {
        Map<String, Object> body = newSubject();
        Object id = body.get("id");
        byte[] judgment = pdf("transfer " + id);
        String file = storedAndReadBack("township-clerk", A, files(id), "判决书.pdf", judgment, "JUDGMENT", "application/pdf")
                .getString("id");
        assertTrue(inMirror(A, file));

        Map<String, Object> moved = new LinkedHashMap<>(body);
        moved.put("orgUnit", CAIE);
        moved.put("version", 1);
        as("district-admin", DISTRICT).body(moved).put(SUBJECTS + "/" + id).then().statusCode(200);
        as("township-clerk", CAIE).get(files(id)).then().statusCode(200).body("[0].orgUnit", equalTo(CAIE));
        as("township-clerk", A).get(files(id)).then().statusCode(404);
        assertFalse(inMirror(A, file), "gone from the old office's mirror");
        assertTrue(inMirror(CAIE, file), "in the new office's mirror");

        long version = as("district-admin", DISTRICT).get(SUBJECTS + "/" + id).then().extract().jsonPath().getLong("version");
        assertEquals("UPDATED", upload(as("district-admin", DISTRICT), "subjects",
                batch(Map.of("id", id, "version", version, "deleted", true))).getString("results[0].status"));
        assertEquals(0, attachmentsOf(dataSource, "corrections", id));
        assertEquals(0, contents(dataSource, "corrections", judgment));
        assertFalse(inMirror(CAIE, file), "a deletion in the feed");
    }
}
