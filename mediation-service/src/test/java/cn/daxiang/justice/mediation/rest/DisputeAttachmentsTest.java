package cn.daxiang.justice.mediation.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.AttachmentChecks.attachmentsOf;
import static cn.daxiang.justice.devsupport.testing.AttachmentChecks.contents;
import static cn.daxiang.justice.devsupport.testing.AttachmentChecks.refusedAndNothingStored;
import static cn.daxiang.justice.devsupport.testing.AttachmentChecks.storedAndReadBack;
import static cn.daxiang.justice.devsupport.testing.AttachmentFiles.docx;
import static cn.daxiang.justice.devsupport.testing.AttachmentFiles.jpeg;
import static cn.daxiang.justice.devsupport.testing.AttachmentFiles.xlsx;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static cn.daxiang.justice.mediation.MediationTestSupport.BASE;
import static cn.daxiang.justice.mediation.MediationTestSupport.DISPUTES;
import static cn.daxiang.justice.mediation.MediationTestSupport.committee;
import static cn.daxiang.justice.mediation.MediationTestSupport.dispute;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A dispute's files (kit attachments): the line's kinds, scope, and a deleted dispute taking its files. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class DisputeAttachmentsTest {

    @Inject
    AgroalDataSource dataSource;

    static String files(String disputeId) {
        return DISPUTES + "/" + disputeId + "/attachments";
    }

    @Test
    void theAgreementTheMaterialsAndPhotosAreFiledAndOnlyTheLinesKinds() {
        String id = dispute(LUOSHI, committee(LUOSHI), "2021-09-30", "APPLICATION", "");
        storedAndReadBack("township-clerk", LUOSHI, files(id), "调解协议书.docx", docx("协议 " + id), "AGREEMENT",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        storedAndReadBack("township-clerk", LUOSHI, files(id), "损失清单.xlsx", xlsx("清单 " + id), "APPLICATION_MATERIAL",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        storedAndReadBack("township-clerk", LUOSHI, files(id), "现场.jpg", jpeg(), "PHOTO", "image/jpeg");
        refusedAndNothingStored(dataSource, "mediation", "township-clerk", LUOSHI, files(id), "判决书.docx", docx("x"), "JUDGMENT", 400);
        refusedAndNothingStored(dataSource, "mediation", "township-clerk", CAIE, files(id), "协议.docx", docx("x"), "AGREEMENT", 404);
        as("township-clerk", LUOSHI).get(files(id)).then().statusCode(200).body("size()", equalTo(3))
                .body("[0].kindLabel", equalTo("调解协议书"));
        as("township-clerk", CAIE).get(files(id)).then().statusCode(404);
    }

    @Test
    void aDisputeDeletedByItsOfficeTakesItsFiles() {
        String id = dispute(LUOSHI, committee(LUOSHI), "2021-09-30", "APPLICATION", "");
        byte[] agreement = docx("deleted " + UUID.randomUUID());
        storedAndReadBack("township-clerk", LUOSHI, files(id), "调解协议书.docx", agreement, "AGREEMENT",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        as("township-clerk", LUOSHI).body("{\"records\":[{\"id\":\"" + id + "\",\"version\":1,\"deleted\":true}]}")
                .post(BASE + "/sync/disputes").then().statusCode(200).body("results[0].status", equalTo("UPDATED"));
        assertEquals(0, attachmentsOf(dataSource, "mediation", id));
        assertEquals(0, contents(dataSource, "mediation", agreement));
    }
}
