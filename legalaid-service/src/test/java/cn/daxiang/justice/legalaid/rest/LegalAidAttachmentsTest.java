package cn.daxiang.justice.legalaid.rest;

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
import static cn.daxiang.justice.devsupport.testing.AttachmentFiles.doc;
import static cn.daxiang.justice.devsupport.testing.AttachmentFiles.pdf;
import static cn.daxiang.justice.devsupport.testing.AttachmentFiles.xls;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static cn.daxiang.justice.legalaid.LegalAidApi.BASE;
import static cn.daxiang.justice.legalaid.LegalAidApi.acceptedCase;
import static cn.daxiang.justice.legalaid.LegalAidApi.createApplication;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** An application's and a case's files (kit attachments): each record type its own kinds, scope, a deleted application. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class LegalAidAttachmentsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anApplicationAndACaseTakeTheirOwnKindsOfFiles() {
        UUID application = createApplication(LUOSHI, "CIVIL", "2024-04-01");
        String applicationFiles = BASE + "/applications/" + application + "/attachments";
        storedAndReadBack("township-clerk", LUOSHI, applicationFiles, "低保证明.xls", xls("低保 " + application), "FINANCIAL_STATUS",
                "application/vnd.ms-excel");
        refusedAndNothingStored(dataSource, "legalaid", "township-clerk", LUOSHI, applicationFiles, "指派通知书.pdf", pdf("x"),
                "ASSIGNMENT_NOTICE", 400);

        UUID caseId = acceptedCase(LUOSHI, "CIVIL", "2024-04-01", "2024-04-08", null);
        String caseFiles = BASE + "/cases/" + caseId + "/attachments";
        storedAndReadBack("township-clerk", LUOSHI, caseFiles, "指派通知书.pdf", pdf("notice " + caseId), "ASSIGNMENT_NOTICE", "application/pdf");
        storedAndReadBack("township-clerk", LUOSHI, caseFiles, "结案报告.doc", doc("结案 " + caseId), "CLOSING_MATERIAL", "application/msword");
        refusedAndNothingStored(dataSource, "legalaid", "township-clerk", LUOSHI, caseFiles, "申请书.pdf", pdf("x"),
                "APPLICATION_MATERIAL", 400);
        as("township-clerk", CAIE).get(caseFiles).then().statusCode(404);
        as("district-admin", DISTRICT).get(caseFiles).then().statusCode(200).body("size()", equalTo(2))
                .body("[0].title", equalTo("***")).body("[0].kindLabel", equalTo("指派通知书"));
    }

    @Test
    void aPendingApplicationDeletedByItsOfficeTakesItsFiles() {
        UUID application = createApplication(LUOSHI, "CIVIL", "2024-04-01");
        byte[] materials = pdf("materials " + application);
        storedAndReadBack("township-clerk", LUOSHI, BASE + "/applications/" + application + "/attachments", "申请书.pdf", materials,
                "APPLICATION_MATERIAL", "application/pdf");
        as("township-clerk", LUOSHI).body("{\"records\":[{\"id\":\"" + application + "\",\"version\":1,\"deleted\":true}]}")
                .post(BASE + "/sync/applications").then().statusCode(200).body("results[0].status", equalTo("UPDATED"));
        assertEquals(0, attachmentsOf(dataSource, "legalaid", application));
        assertEquals(0, contents(dataSource, "legalaid", materials));
    }
}
