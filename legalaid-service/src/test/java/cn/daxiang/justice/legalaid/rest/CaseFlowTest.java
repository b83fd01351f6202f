package cn.daxiang.justice.legalaid.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.testing.IdNumbers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.AuditRows.auditActions;
import static cn.daxiang.justice.devsupport.testing.Callers.admin;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static cn.daxiang.justice.devsupport.testing.Rows.count;
import static cn.daxiang.justice.legalaid.LegalAidApi.BASE;
import static cn.daxiang.justice.legalaid.LegalAidApi.acceptedCase;
import static cn.daxiang.justice.legalaid.LegalAidApi.applicationBody;
import static cn.daxiang.justice.legalaid.LegalAidApi.assign;
import static cn.daxiang.justice.legalaid.LegalAidApi.createApplication;
import static cn.daxiang.justice.legalaid.LegalAidApi.createProvider;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Application → acceptance → assignment → hearing → closure → reviews → follow-up, and the rules on the way. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class CaseFlowTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void applicationToFollowUpThroughTheApi() {
        String clerk = "township-clerk";
        UUID provider = createProvider(LUOSHI, false);
        UUID app = UUID.randomUUID();
        String fullId = IdNumbers.valid("43050319850214301");
        as(clerk, LUOSHI).body(applicationBody(app, LUOSHI, "CIVIL", "2024-03-01", fullId.toLowerCase()))
                .post(BASE + "/applications").then().statusCode(201)
                .header("ETag", "\"1\"").header("Location", endsWith(BASE + "/applications/" + app))
                .body("status", equalTo("PENDING")).body("version", equalTo(1))
                .body("applicantIdNumber", equalTo(fullId)).body("applicantName", equalTo("张三丰"))
                .body("reviewDueOn", equalTo("2024-03-08")).body("caseId", nullValue());

        // 补充材料: the review clock stops while the centre waits, and nothing can be decided meanwhile
        as(clerk, LUOSHI).body("{\"requestedOn\":\"2024-03-02\",\"materials\":\"村委会经济困难证明\",\"version\":1}")
                .post(BASE + "/applications/" + app + "/request-materials").then().statusCode(200)
                .body("status", equalTo("MATERIALS_REQUESTED")).body("version", equalTo(2))
                .body("materialsRequested", equalTo("村委会经济困难证明"));
        as(clerk, LUOSHI).body("{\"acceptedOn\":\"2024-03-03\",\"version\":2}")
                .post(BASE + "/applications/" + app + "/accept").then().statusCode(409)
                .contentType("application/problem+json");
        as(clerk, LUOSHI).body("{\"requestedOn\":\"2024-03-03\",\"materials\":\"再补一份\",\"version\":2}")
                .post(BASE + "/applications/" + app + "/request-materials").then().statusCode(409);
        as(clerk, LUOSHI).body("{\"receivedOn\":\"2024-03-06\",\"version\":2}")
                .post(BASE + "/applications/" + app + "/materials-received").then().statusCode(200)
                .body("status", equalTo("PENDING")).body("version", equalTo(3))
                .body("reviewDueOn", equalTo("2024-03-12")).body("materialsReceivedOn", equalTo("2024-03-06"));
        as(clerk, LUOSHI).body("{\"receivedOn\":\"2024-03-06\",\"version\":3}")
                .post(BASE + "/applications/" + app + "/materials-received").then().statusCode(409);

        // 受理 creates the case, handled by the application's org unit
        UUID caseId = UUID.randomUUID();
        as(clerk, LUOSHI).header("If-Match", "\"3\"").body("{\"caseId\":\"%s\",\"acceptedOn\":\"2024-03-07\"}".formatted(caseId))
                .post(BASE + "/applications/" + app + "/accept").then().statusCode(201)
                .header("Location", endsWith(BASE + "/cases/" + caseId))
                .body("id", equalTo(caseId.toString())).body("applicationId", equalTo(app.toString()))
                .body("status", equalTo("ACCEPTED")).body("category", equalTo("CIVIL"))
                .body("orgUnit", equalTo(LUOSHI)).body("acceptedOn", equalTo("2024-03-07")).body("version", equalTo(1));
        as(clerk, LUOSHI).get(BASE + "/applications/" + app).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("caseId", equalTo(caseId.toString()))
                .body("decidedOn", equalTo("2024-03-07")).body("version", equalTo(4));

        // 指派, 听庭, 结案
        as(clerk, LUOSHI).body("{\"providerId\":\"%s\",\"assignedOn\":\"2024-03-08\",\"version\":1}".formatted(provider))
                .post(BASE + "/cases/" + caseId + "/assign").then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", equalTo("ASSIGNED")).body("providerId", equalTo(provider.toString()))
                .body("assignedOn", equalTo("2024-03-08"));
        as(clerk, LUOSHI).body("{\"hearingOn\":\"2024-04-10\",\"version\":2}")
                .post(BASE + "/cases/" + caseId + "/hearing").then().statusCode(200)
                .body("hearingAttended", equalTo(true)).body("hearingOn", equalTo("2024-04-10")).body("version", equalTo(3));
        as(clerk, LUOSHI).body("{\"closedOn\":\"2024-05-20\",\"result\":\"调解结案，追回劳动报酬3.2万元\",\"version\":3}")
                .post(BASE + "/cases/" + caseId + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closedOn", equalTo("2024-05-20"))
                .body("result", equalTo("调解结案，追回劳动报酬3.2万元")).body("version", equalTo(4));

        // 质量评查: a failed peer review, then a passing centre review
        UUID failed = UUID.randomUUID();
        as(clerk, LUOSHI).body("""
                {"id":"%s","kind":"PEER","reviewedOn":"2024-05-25","score":58,"result":"FAILED","requiredFixes":"补充证据目录"}
                """.formatted(failed)).post(BASE + "/cases/" + caseId + "/reviews").then().statusCode(201)
                .body("id", equalTo(failed.toString())).body("orgUnit", equalTo(LUOSHI)).body("version", equalTo(1))
                .body("result", equalTo("FAILED")).body("requiredFixes", equalTo("补充证据目录"));
        as(clerk, LUOSHI).body("{\"kind\":\"CENTER\",\"reviewedOn\":\"2024-06-01\",\"score\":91,\"result\":\"PASSED\"}")
                .post(BASE + "/cases/" + caseId + "/reviews").then().statusCode(201).body("result", equalTo("PASSED"));
        as("provincial-reader", PROVINCE).get(BASE + "/cases/" + caseId + "/reviews").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.result", contains("FAILED", "PASSED"))
                .body("items.kind", contains("PEER", "CENTER"));

        // 回访
        as(clerk, LUOSHI).body("{\"followUpOn\":\"2024-06-05\",\"satisfied\":true,\"notes\":\"受援人表示满意\"}")
                .post(BASE + "/cases/" + caseId + "/follow-ups").then().statusCode(201)
                .body("satisfied", equalTo(true)).body("caseId", equalTo(caseId.toString()));
        as(clerk, LUOSHI).get(BASE + "/cases/" + caseId + "/follow-ups").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].notes", equalTo("受援人表示满意"));

        // a closed case takes no further step; a decided application no further decision
        as(clerk, LUOSHI).body("{\"closedOn\":\"2024-05-21\",\"result\":\"再次结案\",\"version\":4}")
                .post(BASE + "/cases/" + caseId + "/close").then().statusCode(409).contentType("application/problem+json");
        as(clerk, LUOSHI).body("{\"providerId\":\"%s\",\"assignedOn\":\"2024-05-21\",\"version\":4}".formatted(provider))
                .post(BASE + "/cases/" + caseId + "/assign").then().statusCode(409);
        as(clerk, LUOSHI).body("{\"hearingOn\":\"2024-05-21\",\"version\":4}")
                .post(BASE + "/cases/" + caseId + "/hearing").then().statusCode(409);
        as(clerk, LUOSHI).body("{\"terminatedOn\":\"2024-05-21\",\"reason\":\"OTHER\",\"version\":4}")
                .post(BASE + "/cases/" + caseId + "/terminate").then().statusCode(409);
        as(clerk, LUOSHI).body("{\"acceptedOn\":\"2024-03-07\",\"version\":4}")
                .post(BASE + "/applications/" + app + "/accept").then().statusCode(409);
        as(clerk, LUOSHI).body("{\"refusedOn\":\"2024-03-07\",\"reason\":\"不符合条件\",\"version\":4}")
                .post(BASE + "/applications/" + app + "/refuse").then().statusCode(409);
        as(clerk, LUOSHI).body(applicationBody(app, LUOSHI, "CRIMINAL", "2024-03-01", fullId).replace("}", ",\"version\":4}"))
                .put(BASE + "/applications/" + app).then().statusCode(409);
        as(clerk, LUOSHI).get(BASE + "/cases/" + caseId).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("version", equalTo(4));

        // the provider's workload: one case assigned and closed in 2024, none open
        as(clerk, LUOSHI).get(BASE + "/providers/" + provider + "/workload").then().statusCode(200)
                .body("open", equalTo(0)).body("years", hasSize(1))
                .body("years[0].year", equalTo(2024)).body("years[0].assigned", equalTo(1)).body("years[0].closed", equalTo(1));

        assertEquals(List.of("CREATE", "REQUEST_MATERIALS", "MATERIALS_RECEIVED", "ACCEPT"),
                auditActions(dataSource, "Application", app));
        assertEquals(List.of("CREATE", "ASSIGN", "HEARING", "CLOSE"), auditActions(dataSource, "LegalAidCase", caseId));
        assertEquals(List.of("CREATE"), auditActions(dataSource, "CaseReview", failed));
        assertEquals(2, count(dataSource, "SELECT count(*) FROM audit_log WHERE entity_type = 'CaseReview' AND org_unit = ? "
                + "AND changes->'caseId'->>'to' = ?", LUOSHI, caseId.toString()));
        assertEquals(1, count(dataSource, "SELECT count(*) FROM audit_log WHERE entity_type = 'FollowUp' "
                + "AND changes->'caseId'->>'to' = ?", caseId.toString()));
        // the audit log holds the masked ID number and name, never the full ones
        assertEquals(0, count(dataSource, "SELECT count(*) FROM audit_log WHERE changes::text LIKE ?", "%" + fullId + "%"));
        assertEquals(1, count(dataSource, "SELECT count(*) FROM audit_log WHERE entity_id = ? AND action = 'CREATE' "
                + "AND changes->'applicantIdNumber'->>'to' = ? AND changes->'applicantName'->>'to' = '张**'",
                app.toString(), fullId.substring(0, 6) + "********" + fullId.substring(14)));
    }

    @Test
    void refusalIsToldWithAReasonAndEndsTheApplication() {
        UUID app = createApplication(LUOSHI, "CIVIL", "2024-04-01");
        as("township-clerk", LUOSHI).body("{\"refusedOn\":\"2024-04-03\",\"reason\":\"   \",\"version\":1}")
                .post(BASE + "/applications/" + app + "/refuse").then().statusCode(400).body("errors.field", hasItem("reason"));
        as("township-clerk", LUOSHI).body("{\"refusedOn\":\"2024-03-30\",\"reason\":\"不符合经济困难标准\",\"version\":1}")
                .post(BASE + "/applications/" + app + "/refuse").then().statusCode(400).body("errors.field", hasItem("refusedOn"));
        as("township-clerk", LUOSHI).body("{\"refusedOn\":\"2024-04-03\",\"reason\":\"家庭经济状况不符合法律援助条件\",\"version\":1}")
                .post(BASE + "/applications/" + app + "/refuse").then().statusCode(200)
                .body("status", equalTo("REFUSED")).body("refusalReason", equalTo("家庭经济状况不符合法律援助条件"))
                .body("decidedOn", equalTo("2024-04-03")).body("version", equalTo(2)).body("caseId", nullValue());
        as("township-clerk", LUOSHI).body("{\"acceptedOn\":\"2024-04-04\",\"version\":2}")
                .post(BASE + "/applications/" + app + "/accept").then().statusCode(409);
        as("township-clerk", LUOSHI).body("{\"requestedOn\":\"2024-04-04\",\"materials\":\"证明\",\"version\":2}")
                .post(BASE + "/applications/" + app + "/request-materials").then().statusCode(409);
        as("township-clerk", LUOSHI).body("{\"refusedOn\":\"2024-04-04\",\"reason\":\"再次\",\"version\":2}")
                .post(BASE + "/applications/" + app + "/refuse").then().statusCode(409);
        assertEquals(0, count(dataSource, "SELECT count(*) FROM legal_aid_case WHERE application_id = ?", app));
        assertEquals(List.of("CREATE", "REFUSE"), auditActions(dataSource, "Application", app));

        // an application waiting for materials may be refused too
        UUID waiting = createApplication(LUOSHI, "ADMINISTRATIVE", "2024-04-01");
        as("township-clerk", LUOSHI).body("{\"requestedOn\":\"2024-04-02\",\"materials\":\"证明\",\"version\":1}")
                .post(BASE + "/applications/" + waiting + "/request-materials").then().statusCode(200);
        as("township-clerk", LUOSHI).body("{\"refusedOn\":\"2024-04-20\",\"reason\":\"逾期未补充材料\",\"version\":2}")
                .post(BASE + "/applications/" + waiting + "/refuse").then().statusCode(200).body("status", equalTo("REFUSED"));
    }

    @Test
    void anApplicationUnderReviewCanBeCorrectedAndKeepsItsPausedDays() {
        UUID app = createApplication(LUOSHI, "CIVIL", "2024-03-01");
        as("township-clerk", LUOSHI).body("{\"requestedOn\":\"2024-03-02\",\"materials\":\"收入证明\",\"version\":1}")
                .post(BASE + "/applications/" + app + "/request-materials").then().statusCode(200);
        as("township-clerk", LUOSHI).body("{\"receivedOn\":\"2024-03-06\",\"version\":2}")
                .post(BASE + "/applications/" + app + "/materials-received").then().statusCode(200)
                .body("reviewDueOn", equalTo("2024-03-12"));
        String corrected = applicationBody(app, LUOSHI, "ADMINISTRATIVE", "2024-03-02", IdNumbers.valid("43050319800101123"))
                .replace("}", ",\"version\":3}");
        as("township-clerk", LUOSHI).body(corrected).put(BASE + "/applications/" + app).then().statusCode(200)
                .header("ETag", "\"4\"").body("category", equalTo("ADMINISTRATIVE")).body("receivedOn", equalTo("2024-03-02"))
                .body("reviewDueOn", equalTo("2024-03-13")).body("status", equalTo("PENDING"));
        // moving it to another township is not the clerk's to do
        as("township-clerk", LUOSHI).body(corrected.replace(LUOSHI, CAIE).replace("\"version\":3", "\"version\":4"))
                .put(BASE + "/applications/" + app).then().statusCode(403);
        assertEquals(List.of("CREATE", "REQUEST_MATERIALS", "MATERIALS_RECEIVED", "UPDATE"),
                auditActions(dataSource, "Application", app));
        assertEquals(1, count(dataSource, "SELECT count(*) FROM audit_log WHERE entity_id = ? AND action = 'UPDATE' "
                + "AND changes->'category'->>'from' = 'CIVIL' AND changes->'category'->>'to' = 'ADMINISTRATIVE' "
                + "AND NOT jsonb_exists(changes, 'applicantIdNumber')", app.toString()));
    }

    @Test
    void complexCasesGoOnlyToSeniorProvidersAndTerminationEndsACase() {
        UUID junior = createProvider(LUOSHI, false);
        UUID senior = createProvider(LUOSHI, true);
        UUID caseId = acceptedCase(LUOSHI, "CRIMINAL", "2024-05-01", "2024-05-02", "DEATH_PENALTY");
        as("township-clerk", LUOSHI).get(BASE + "/cases/" + caseId).then().statusCode(200)
                .body("complexity", equalTo("DEATH_PENALTY")).body("status", equalTo("ACCEPTED"));

        // nothing but assignment or termination before a provider has the case
        as("township-clerk", LUOSHI).body("{\"closedOn\":\"2024-05-03\",\"result\":\"结案\",\"version\":1}")
                .post(BASE + "/cases/" + caseId + "/close").then().statusCode(409);
        as("township-clerk", LUOSHI).body("{\"hearingOn\":\"2024-05-03\",\"version\":1}")
                .post(BASE + "/cases/" + caseId + "/hearing").then().statusCode(409);
        as("township-clerk", LUOSHI).body("{\"kind\":\"SELF\",\"reviewedOn\":\"2024-05-03\",\"score\":90,\"result\":\"PASSED\"}")
                .post(BASE + "/cases/" + caseId + "/reviews").then().statusCode(409);

        as("township-clerk", LUOSHI).body("{\"providerId\":\"%s\",\"assignedOn\":\"2024-05-03\",\"version\":1}".formatted(junior))
                .post(BASE + "/cases/" + caseId + "/assign").then().statusCode(409).contentType("application/problem+json");
        as("township-clerk", LUOSHI).get(BASE + "/cases/" + caseId).then()
                .body("status", equalTo("ACCEPTED")).body("version", equalTo(1)).body("providerId", nullValue());
        assign(caseId, LUOSHI, senior, "2024-05-03", 1);
        as("district-admin", DISTRICT).get(BASE + "/providers/" + senior + "/workload").then().statusCode(200)
                .body("open", equalTo(1)).body("years[0].year", equalTo(2024)).body("years[0].assigned", equalTo(1))
                .body("years[0].closed", equalTo(0));
        as("district-admin", DISTRICT).queryParam("senior", true).queryParam("orgUnit", LUOSHI).queryParam("size", 200)
                .get(BASE + "/providers").then().statusCode(200)
                .body("items.id", hasItem(senior.toString())).body("items.id", not(hasItem(junior.toString())))
                .body("items.senior", everyItem(equalTo(true)));

        as("township-clerk", LUOSHI).queryParam("providerId", senior.toString()).queryParam("status", "ASSIGNED")
                .queryParam("category", "CRIMINAL").get(BASE + "/cases").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(caseId.toString()));
        as("township-clerk", LUOSHI).queryParam("providerId", junior.toString()).get(BASE + "/cases").then().statusCode(200)
                .body("totalItems", equalTo(0));
        // an ordinary case may go to anyone
        UUID ordinary = acceptedCase(LUOSHI, "CIVIL", "2024-05-01", "2024-05-02", null);
        assign(ordinary, LUOSHI, junior, "2024-05-03", 1);
        // and may be terminated before a provider has it too
        UUID unassigned = acceptedCase(LUOSHI, "CIVIL", "2024-05-01", "2024-05-02", null);
        as("township-clerk", LUOSHI).body("{\"terminatedOn\":\"2024-05-04\",\"reason\":\"SELF_RETAINED\",\"version\":1}")
                .post(BASE + "/cases/" + unassigned + "/terminate").then().statusCode(200).body("status", equalTo("TERMINATED"));

        as("township-clerk", LUOSHI).body("{\"terminatedOn\":\"2024-06-01\",\"reason\":\"APPLICANT_WITHDREW\",\"note\":\"受援人撤回\",\"version\":2}")
                .post(BASE + "/cases/" + caseId + "/terminate").then().statusCode(200)
                .body("status", equalTo("TERMINATED")).body("terminationReason", equalTo("APPLICANT_WITHDREW"))
                .body("terminationNote", equalTo("受援人撤回")).body("terminatedOn", equalTo("2024-06-01"));
        as("township-clerk", LUOSHI).body("{\"terminatedOn\":\"2024-06-02\",\"reason\":\"OTHER\",\"version\":3}")
                .post(BASE + "/cases/" + caseId + "/terminate").then().statusCode(409);
        as("township-clerk", LUOSHI).body("{\"closedOn\":\"2024-06-02\",\"result\":\"结案\",\"version\":3}")
                .post(BASE + "/cases/" + caseId + "/close").then().statusCode(409);
        as("township-clerk", LUOSHI).body("{\"followUpOn\":\"2024-06-02\",\"satisfied\":true}")
                .post(BASE + "/cases/" + caseId + "/follow-ups").then().statusCode(409);
        assertEquals(List.of("CREATE", "ASSIGN", "TERMINATE"), auditActions(dataSource, "LegalAidCase", caseId));
    }

    @Test
    void badInputIs400AndStaleVersionsAre412() {
        UUID id = UUID.randomUUID();
        String good = applicationBody(id, LUOSHI, "CIVIL", "2024-03-01", IdNumbers.valid("43050319800101123"));
        String badCheck = IdNumbers.valid("43050319800101123").substring(0, 17) + "0";
        badCheck = badCheck.equals(IdNumbers.valid("43050319800101123")) ? badCheck.substring(0, 17) + "1" : badCheck;
        String path = BASE + "/applications";
        as("township-clerk", LUOSHI).body(good.replace(IdNumbers.valid("43050319800101123"), badCheck)).post(path).then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("applicantIdNumber"));
        as("township-clerk", LUOSHI).body(good.replace("WALK_IN", "FAX")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("channel"));
        as("township-clerk", LUOSHI).body(good.replace("\"CIVIL\"", "\"MILITARY\"")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("category"));
        as("township-clerk", LUOSHI).body(good.replace("2024-03-01", "2999-01-01")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("receivedOn"));
        as("township-clerk", LUOSHI).body(good.replace("2024-03-01", "2024-13-01")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("receivedOn"));
        as("township-clerk", LUOSHI).body(good.replace("\"hardshipBasis\":\"低保户\",", "")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("hardshipBasis"));
        as("township-clerk", LUOSHI).body(good.replace("\"channel\"", "\"status\":\"ACCEPTED\",\"channel\"")).post(path).then()
                .statusCode(400).body("errors.field", hasItem("status"));
        as("township-clerk", LUOSHI).body(good.replace("13807391234", "call me")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("applicantPhone"));
        as("township-clerk", LUOSHI).queryParam("status", "LOST").get(path).then().statusCode(400)
                .contentType("application/problem+json");
        as("township-clerk", LUOSHI).queryParam("sort", "applicantIdNumber,asc").get(path).then().statusCode(400)
                .body("errors.field", hasItem("sort"));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM application WHERE id = ?", id));

        as("township-clerk", LUOSHI).body(good).post(path).then().statusCode(201);
        as("township-clerk", LUOSHI).body(good).post(path).then().statusCode(409);
        // decisions need a version, a current one, and dates that make sense
        as("township-clerk", LUOSHI).body("{\"acceptedOn\":\"2024-03-02\"}").post(path + "/" + id + "/accept").then().statusCode(428);
        as("township-clerk", LUOSHI).body("{\"acceptedOn\":\"2024-03-02\",\"version\":7}").post(path + "/" + id + "/accept").then()
                .statusCode(412).body("currentVersion", equalTo(1));
        as("township-clerk", LUOSHI).body("{\"acceptedOn\":\"2024-02-28\",\"version\":1}").post(path + "/" + id + "/accept").then()
                .statusCode(400).body("errors.field", hasItem("acceptedOn"));
        as("township-clerk", LUOSHI).body("{\"acceptedOn\":\"2024-03-02\",\"complexity\":\"SIMPLE\",\"version\":1}")
                .post(path + "/" + id + "/accept").then().statusCode(400).body("errors.field", hasItem("complexity"));
        as("township-clerk", LUOSHI).body("{\"version\":1}").post(path + "/" + id + "/accept").then().statusCode(400)
                .body("errors.field", hasItem("acceptedOn"));
        as("township-clerk", LUOSHI).body("{\"requestedOn\":\"2024-03-02\",\"version\":1}")
                .post(path + "/" + id + "/request-materials").then().statusCode(400).body("errors.field", hasItem("materials"));
        assertEquals(List.of("CREATE"), auditActions(dataSource, "Application", id));

        UUID caseId = acceptedCase(LUOSHI, "CIVIL", "2024-03-01", "2024-03-02", null);
        String cases = BASE + "/cases/" + caseId;
        as("township-clerk", LUOSHI).body("{\"providerId\":\"%s\",\"assignedOn\":\"2024-03-03\",\"version\":1}".formatted(UUID.randomUUID()))
                .post(cases + "/assign").then().statusCode(400).body("errors.field", hasItem("providerId"));
        UUID caieProvider = createProvider(CAIE, true);
        as("township-clerk", LUOSHI).body("{\"providerId\":\"%s\",\"assignedOn\":\"2024-03-03\",\"version\":1}".formatted(caieProvider))
                .post(cases + "/assign").then().statusCode(400).body("errors.field", hasItem("providerId"));
        UUID provider = createProvider(LUOSHI, false);
        as("township-clerk", LUOSHI).body("{\"providerId\":\"%s\",\"assignedOn\":\"2024-03-01\",\"version\":1}".formatted(provider))
                .post(cases + "/assign").then().statusCode(400).body("errors.field", hasItem("assignedOn"));
        as("township-clerk", LUOSHI).body("{\"providerId\":\"not-a-uuid\",\"assignedOn\":\"2024-03-03\",\"version\":1}")
                .post(cases + "/assign").then().statusCode(400);
        assign(caseId, LUOSHI, provider, "2024-03-03", 1);
        as("township-clerk", LUOSHI).body("{\"kind\":\"SELF\",\"reviewedOn\":\"2024-03-05\",\"score\":101,\"result\":\"PASSED\"}")
                .post(cases + "/reviews").then().statusCode(400).body("errors.field", hasItem("score"));
        as("township-clerk", LUOSHI).body("{\"kind\":\"SELF\",\"reviewedOn\":\"2024-03-05\",\"score\":50,\"result\":\"FAILED\"}")
                .post(cases + "/reviews").then().statusCode(400).body("errors.field", hasItem("requiredFixes"));
        as("township-clerk", LUOSHI).body("{\"kind\":\"BOSS\",\"reviewedOn\":\"2024-03-05\",\"score\":50,\"result\":\"PASSED\"}")
                .post(cases + "/reviews").then().statusCode(400).body("errors.field", hasItem("kind"));
        as("township-clerk", LUOSHI).body("{\"followUpOn\":\"2024-03-05\"}")
                .post(cases + "/follow-ups").then().statusCode(400).body("errors.field", hasItem("satisfied"));
        as("township-clerk", LUOSHI).body("{\"followUpOn\":\"2024-03-05\",\"satisfied\":\"maybe\"}")
                .post(cases + "/follow-ups").then().statusCode(400);
        as("township-clerk", LUOSHI).body("{\"terminatedOn\":\"2024-03-05\",\"reason\":\"BORED\",\"version\":2}")
                .post(cases + "/terminate").then().statusCode(400).body("errors.field", hasItem("reason"));
        as("township-clerk", LUOSHI).body("{\"closedOn\":\"2024-03-05\",\"result\":\"结案\",\"version\":1}")
                .post(cases + "/close").then().statusCode(412).body("currentVersion", equalTo(2));
        as("township-clerk", LUOSHI).body("{\"closedOn\":\"2024-03-02\",\"result\":\"结案\",\"version\":2}")
                .post(cases + "/close").then().statusCode(400).body("errors.field", hasItem("closedOn"));
        as("township-clerk", LUOSHI).get(BASE + "/cases/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        assertEquals(0, count(dataSource, "SELECT count(*) FROM case_review WHERE case_id = ?", caseId));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM follow_up WHERE case_id = ?", caseId));
        assertEquals(List.of("CREATE", "ASSIGN"), auditActions(dataSource, "LegalAidCase", caseId));
    }

    @Test
    void anotherOfficesRecordsAreNotFoundAndPersonalDataIsMasked() {
        UUID theirs = createApplication(CAIE, "CIVIL", "2024-07-01");
        UUID ours = createApplication(LUOSHI, "CIVIL", "2024-07-01");
        String fullId = IdNumbers.valid("43050319800101123");
        String masked = "430503********" + fullId.substring(14);

        as("township-clerk", LUOSHI).get(BASE + "/applications/" + theirs).then().statusCode(404)
                .contentType("application/problem+json");
        as("township-clerk", LUOSHI).body("{\"acceptedOn\":\"2024-07-02\",\"version\":1}")
                .post(BASE + "/applications/" + theirs + "/accept").then().statusCode(404);
        as("township-clerk", LUOSHI).body(applicationBody(UUID.randomUUID(), CAIE, "CIVIL", "2024-07-01", fullId))
                .post(BASE + "/applications").then().statusCode(403);
        as("township-clerk", LUOSHI).queryParam("size", 200).get(BASE + "/applications").then().statusCode(200)
                .body("items.id", hasItem(ours.toString())).body("items.id", not(hasItem(theirs.toString())))
                .body("items.orgUnit", everyItem(equalTo(LUOSHI)))
                // the office's own list is its mirror, in full
                .body("items.find { it.id == '%s' }.applicantIdNumber".formatted(ours), equalTo(fullId))
                .body("items.find { it.id == '%s' }.applicantName".formatted(ours), equalTo("张三丰"));
        // the district sees one applicant in clear at a time, never a list of them
        as("district-admin", DISTRICT).queryParam("size", 200).get(BASE + "/applications").then().statusCode(200)
                .body("items.id", hasItem(ours.toString()))
                .body("items.applicantIdNumber", everyItem(matchesPattern("\\d{6}\\*{8}[\\dX]{4}")))
                .body("items.find { it.id == '%s' }.applicantIdNumber".formatted(ours), equalTo(masked))
                .body("items.applicantName", everyItem(equalTo("张**")))
                .body("items.applicantPhone", everyItem(equalTo("138****1234")));
        as("district-admin", DISTRICT).get(BASE + "/applications/" + ours).then().statusCode(200)
                .body("applicantIdNumber", equalTo(fullId)).body("applicantName", equalTo("张三丰"));
        as("township-clerk", LUOSHI).queryParam("receivedFrom", "2024-07-01").queryParam("receivedTo", "2024-07-01")
                .queryParam("status", "PENDING").queryParam("size", 200).get(BASE + "/applications").then().statusCode(200)
                .body("items.id", hasItem(ours.toString())).body("items.receivedOn", everyItem(equalTo("2024-07-01")))
                .body("items.status", everyItem(equalTo("PENDING")));
        as("township-clerk", LUOSHI).queryParam("receivedFrom", "2024-07-02").queryParam("size", 200)
                .get(BASE + "/applications").then().statusCode(200).body("items.id", not(hasItem(ours.toString())));
        as("township-clerk", LUOSHI).get(BASE + "/applications/" + ours).then().statusCode(200)
                .body("applicantIdNumber", equalTo(fullId)).body("applicantPhone", equalTo("13807391234"));

        UUID theirCase = acceptedCase(CAIE, "CRIMINAL", "2024-07-01", "2024-07-02", null);
        as("township-clerk", LUOSHI).get(BASE + "/cases/" + theirCase).then().statusCode(404);
        as("township-clerk", LUOSHI).get(BASE + "/cases/" + theirCase + "/reviews").then().statusCode(404);
        as("township-clerk", LUOSHI).body("{\"followUpOn\":\"2024-07-05\",\"satisfied\":true}")
                .post(BASE + "/cases/" + theirCase + "/follow-ups").then().statusCode(404);
        as("township-clerk", LUOSHI).body("{\"terminatedOn\":\"2024-07-05\",\"reason\":\"OTHER\",\"version\":1}")
                .post(BASE + "/cases/" + theirCase + "/terminate").then().statusCode(404);
        as("township-clerk", LUOSHI).queryParam("size", 200).get(BASE + "/cases").then().statusCode(200)
                .body("items.id", not(hasItem(theirCase.toString()))).body("items.orgUnit", everyItem(equalTo(LUOSHI)));
        as("township-clerk", LUOSHI).queryParam("orgUnit", CAIE).get(BASE + "/cases").then().statusCode(200)
                .body("totalItems", equalTo(0));

        // the provincial reader sees everything, masked, and changes nothing
        as("provincial-reader", PROVINCE).get(BASE + "/applications/" + theirs).then().statusCode(200)
                .body("applicantIdNumber", equalTo(masked)).body("applicantName", equalTo("张**"))
                .body("applicantPhone", equalTo("138****1234"));
        as("provincial-reader", PROVINCE).body("{\"acceptedOn\":\"2024-07-02\",\"version\":1}")
                .post(BASE + "/applications/" + theirs + "/accept").then().statusCode(403);
        as("provincial-reader", PROVINCE).get(BASE + "/cases/" + theirCase).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        // the district sees both, in full on one record
        admin().get(BASE + "/applications/" + theirs).then().statusCode(200).body("applicantIdNumber", equalTo(fullId));
        admin().queryParam("orgUnit", CAIE).queryParam("size", 200).get(BASE + "/applications").then().statusCode(200)
                .body("items.id", hasItem(theirs.toString())).body("items.orgUnit", everyItem(equalTo(CAIE)));
        // roles without business here
        as("evaluator", DISTRICT).get(BASE + "/applications").then().statusCode(403);
        as("service", DISTRICT).get(BASE + "/cases").then().statusCode(403);
        assertEquals(List.of("CREATE"), auditActions(dataSource, "Application", theirs));
        assertEquals(List.of("CREATE"), auditActions(dataSource, "Application", ours));
    }
}
