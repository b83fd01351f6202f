package cn.daxiang.justice.mediation.rest;

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
import static cn.daxiang.justice.devsupport.testing.AuditRows.auditActors;
import static cn.daxiang.justice.devsupport.testing.AuditRows.auditChanges;
import static cn.daxiang.justice.devsupport.testing.Callers.admin;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static cn.daxiang.justice.devsupport.testing.Rows.count;
import static cn.daxiang.justice.mediation.MediationTestSupport.BASE;
import static cn.daxiang.justice.mediation.MediationTestSupport.committee;
import static cn.daxiang.justice.mediation.MediationTestSupport.mediator;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class DisputeResourceTest {

    static final String PATH = BASE + "/disputes";
    static final String ID_ZHANG = IdNumbers.valid("43050319800101123");
    static final String ID_WANG = IdNumbers.valid("43050319751231456");

    @Inject
    AgroalDataSource dataSource;

    static String body(UUID id, String orgUnit, UUID committee, String extra) {
        return """
                {"id":"%s","orgUnit":"%s","committeeId":"%s","registeredOn":"2024-03-01","source":"APPLICATION",
                 "category":"NEIGHBOURHOOD","summary":"宅基地排水沟纠纷","amountInvolved":12000.50,
                 "parties":[{"name":"张三丰","role":"APPLICANT","idNumber":"%s","phone":"13807391234"},
                            {"name":"王五","role":"RESPONDENT","idNumber":"%s"}]%s}
                """.formatted(id, orgUnit, committee, ID_ZHANG, ID_WANG, extra);
    }

    UUID register(String orgUnit, UUID committee) {
        UUID id = UUID.randomUUID();
        as("township-clerk", orgUnit).body(body(id, orgUnit, committee, "")).post(PATH).then().statusCode(201);
        return id;
    }

    @Test
    void disputeLifeCycleThroughTheApi() {
        UUID committee = committee(LUOSHI);
        UUID lead = mediator(committee, "李调解", "FULL_TIME", "2021-01-01", null);
        UUID second = mediator(committee, "赵调解", "PART_TIME", "2021-01-01", null);
        UUID id = UUID.randomUUID();
        var clerk = as("township-clerk", LUOSHI);
        clerk.body(body(id, LUOSHI, committee, ",\"mediatorIds\":[\"" + lead + "\"],\"serious\":true")).post(PATH).then()
                .statusCode(201).header("ETag", "\"1\"").header("Location", org.hamcrest.Matchers.endsWith(PATH + "/" + id))
                .body("id", equalTo(id.toString())).body("version", equalTo(1)).body("status", equalTo("REGISTERED"))
                .body("serious", equalTo(true)).body("escalationPrevented", equalTo(false))
                .body("amountInvolved", equalTo(12000.50f))
                .body("parties", hasSize(2)).body("parties[0].idNumber", equalTo(ID_ZHANG))
                .body("parties[0].phone", equalTo("13807391234")).body("mediatorIds", equalTo(List.of(lead.toString())))
                .body("startedOn", nullValue()).body("concludedOn", nullValue());

        // correct the registration: a third party, a second mediator, a new summary
        as("township-clerk", LUOSHI).body(body(id, LUOSHI, committee,
                        ",\"mediatorIds\":[\"" + lead + "\",\"" + second + "\"],\"version\":1")
                        .replace("宅基地排水沟纠纷", "宅基地排水沟及围墙纠纷")
                        .replace("\"idNumber\":\"" + ID_WANG + "\"}", "\"idNumber\":\"" + ID_WANG + "\"},{\"name\":\"村委会\",\"role\":\"THIRD_PARTY\"}"))
                .put(PATH + "/" + id).then().statusCode(200).header("ETag", "\"2\"")
                .body("version", equalTo(2)).body("summary", equalTo("宅基地排水沟及围墙纠纷"))
                .body("parties", hasSize(3)).body("parties[2].role", equalTo("THIRD_PARTY"))
                .body("mediatorIds", equalTo(List.of(lead.toString(), second.toString())))
                .body("serious", equalTo(false));

        as("township-clerk", LUOSHI).body("{\"startedOn\":\"2024-03-02\",\"version\":2}").post(PATH + "/" + id + "/start").then()
                .statusCode(200).header("ETag", "\"3\"").body("status", equalTo("MEDIATING")).body("startedOn", equalTo("2024-03-02"));
        as("township-clerk", LUOSHI).header("If-Match", "\"3\"")
                .body("{\"outcome\":\"SUCCEEDED\",\"concludedOn\":\"2024-03-20\",\"agreementForm\":\"WRITTEN\",\"escalationPrevented\":true}")
                .post(PATH + "/" + id + "/conclude").then().statusCode(200)
                .body("version", equalTo(4)).body("status", equalTo("SUCCEEDED")).body("agreementForm", equalTo("WRITTEN"))
                .body("concludedOn", equalTo("2024-03-20")).body("escalationPrevented", equalTo(true)).body("referral", nullValue());

        UUID visit = UUID.randomUUID();
        as("township-clerk", LUOSHI).body("""
                {"id":"%s","visitedOn":"2024-04-01","fulfilment":"FULFILLED","satisfaction":"SATISFIED","note":"已按协议修好排水沟"}
                """.formatted(visit)).post(PATH + "/" + id + "/follow-up").then().statusCode(201)
                .body("id", equalTo(visit.toString())).body("disputeId", equalTo(id.toString())).body("orgUnit", equalTo(LUOSHI))
                .body("fulfilment", equalTo("FULFILLED")).body("version", equalTo(1));
        // the same follow-up sent again is a conflict, not a second visit
        as("township-clerk", LUOSHI).body("""
                {"id":"%s","visitedOn":"2024-04-01","fulfilment":"FULFILLED","satisfaction":"SATISFIED"}
                """.formatted(visit)).post(PATH + "/" + id + "/follow-up").then().statusCode(409);
        as("township-clerk", LUOSHI).body("{\"visitedOn\":\"2024-06-01\",\"fulfilment\":\"PARTLY\",\"satisfaction\":\"BASICALLY_SATISFIED\"}")
                .post(PATH + "/" + id + "/follow-up").then().statusCode(201);
        as("township-clerk", LUOSHI).get(PATH + "/" + id + "/follow-ups").then().statusCode(200)
                .body("fulfilment", equalTo(List.of("FULFILLED", "PARTLY")));

        as("township-clerk", LUOSHI).body("{\"archivedOn\":\"2024-04-10\",\"complexityGrade\":\"GENERAL\",\"dossierNumber\":\"罗调〔2024〕12号\",\"version\":4}")
                .post(PATH + "/" + id + "/archive").then().statusCode(200)
                .body("version", equalTo(5)).body("archivedOn", equalTo("2024-04-10")).body("complexityGrade", equalTo("GENERAL"))
                .body("dossierNumber", equalTo("罗调〔2024〕12号"));
        // an archived dossier is no longer edited
        as("township-clerk", LUOSHI).body(body(id, LUOSHI, committee, ",\"version\":5")).put(PATH + "/" + id).then().statusCode(409)
                .contentType("application/problem+json");

        as("township-clerk", LUOSHI).get(PATH + "/" + id).then().statusCode(200).header("ETag", "\"5\"")
                .body("status", equalTo("SUCCEEDED")).body("parties[0].idNumber", equalTo(ID_ZHANG));
        as("township-clerk", LUOSHI).queryParam("status", "SUCCEEDED").queryParam("category", "NEIGHBOURHOOD")
                .queryParam("committeeId", committee.toString()).queryParam("registeredFrom", "2024-03-01")
                .queryParam("registeredTo", "2024-03-01").queryParam("sort", "registeredOn,desc").get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of(id.toString()))).body("totalItems", equalTo(1));

        assertEquals(List.of("CREATE", "UPDATE", "START", "CONCLUDE", "ARCHIVE"), auditActions(dataSource, "Dispute", id));
        assertEquals(List.of("CREATE"), auditActions(dataSource, "FollowUp", visit));
        assertEquals(2, count(dataSource, "SELECT count(*) FROM audit_log WHERE entity_type = 'FollowUp' AND changes->'disputeId'->>'to' = ?",
                id.toString()));
        assertTrue(auditActors(dataSource, "Dispute", id).stream().allMatch(a -> a.equals("township-clerk@" + LUOSHI)));
        // the audit log keeps the change, with personal data masked
        List<String> changes = auditChanges(dataSource, "Dispute", id);
        assertTrue(changes.get(0).contains("430503********"), changes.get(0));
        assertFalse(String.join("", changes).contains(ID_ZHANG), "a full ID number reached the audit log");
        assertTrue(changes.get(3).contains("SUCCEEDED") && changes.get(3).contains("MEDIATING"), changes.get(3));
    }

    @Test
    void illegalTransitionsAnswer409AndChangeNothing() {
        UUID committee = committee(LUOSHI);
        UUID id = register(LUOSHI, committee);
        var clerk = as("township-clerk", LUOSHI);
        // conclude before start
        clerk.body("{\"outcome\":\"SUCCEEDED\",\"concludedOn\":\"2024-03-20\",\"agreementForm\":\"ORAL\",\"version\":1}")
                .post(PATH + "/" + id + "/conclude").then().statusCode(409).contentType("application/problem+json")
                .body("status", equalTo(409));
        as("township-clerk", LUOSHI).body("{\"outcome\":\"FAILED\",\"concludedOn\":\"2024-03-20\",\"referral\":\"NONE\",\"version\":1}")
                .post(PATH + "/" + id + "/conclude").then().statusCode(409);
        // follow-up and archive of an unconcluded dispute
        as("township-clerk", LUOSHI).body("{\"visitedOn\":\"2024-04-01\",\"fulfilment\":\"FULFILLED\",\"satisfaction\":\"SATISFIED\"}")
                .post(PATH + "/" + id + "/follow-up").then().statusCode(409);
        as("township-clerk", LUOSHI).body("{\"archivedOn\":\"2024-04-10\",\"complexityGrade\":\"SIMPLE\",\"version\":1}")
                .post(PATH + "/" + id + "/archive").then().statusCode(409);

        // stale and missing versions
        as("township-clerk", LUOSHI).body("{\"startedOn\":\"2024-03-02\",\"version\":7}").post(PATH + "/" + id + "/start").then()
                .statusCode(412).body("currentVersion", equalTo(1));
        as("township-clerk", LUOSHI).body("{\"startedOn\":\"2024-03-02\"}").post(PATH + "/" + id + "/start").then().statusCode(428);

        as("township-clerk", LUOSHI).body("{\"startedOn\":\"2024-03-02\",\"version\":1}").post(PATH + "/" + id + "/start").then().statusCode(200);
        as("township-clerk", LUOSHI).body("{\"startedOn\":\"2024-03-03\",\"version\":2}").post(PATH + "/" + id + "/start").then().statusCode(409);
        // follow-up while mediating is still too early
        as("township-clerk", LUOSHI).body("{\"visitedOn\":\"2024-04-01\",\"fulfilment\":\"FULFILLED\",\"satisfaction\":\"SATISFIED\"}")
                .post(PATH + "/" + id + "/follow-up").then().statusCode(409);
        as("township-clerk", LUOSHI).body("{\"outcome\":\"FAILED\",\"concludedOn\":\"2024-03-20\",\"referral\":\"LITIGATION\",\"version\":2}")
                .post(PATH + "/" + id + "/conclude").then().statusCode(200).body("status", equalTo("FAILED"))
                .body("referral", equalTo("LITIGATION")).body("agreementForm", nullValue());
        as("township-clerk", LUOSHI).body("{\"outcome\":\"SUCCEEDED\",\"concludedOn\":\"2024-03-21\",\"agreementForm\":\"ORAL\",\"version\":3}")
                .post(PATH + "/" + id + "/conclude").then().statusCode(409);
        as("township-clerk", LUOSHI).body("{\"archivedOn\":\"2024-04-10\",\"complexityGrade\":\"SIMPLE\",\"version\":3}")
                .post(PATH + "/" + id + "/archive").then().statusCode(200).body("version", equalTo(4));
        // archive twice
        as("township-clerk", LUOSHI).body("{\"archivedOn\":\"2024-05-10\",\"complexityGrade\":\"MAJOR\",\"version\":4}")
                .post(PATH + "/" + id + "/archive").then().statusCode(409).contentType("application/problem+json");
        as("township-clerk", LUOSHI).get(PATH + "/" + id).then().statusCode(200)
                .body("archivedOn", equalTo("2024-04-10")).body("complexityGrade", equalTo("SIMPLE")).body("version", equalTo(4));

        // withdrawal straight from REGISTERED; nothing starts after it
        UUID withdrawn = register(LUOSHI, committee);
        as("township-clerk", LUOSHI).body("{\"outcome\":\"WITHDRAWN\",\"concludedOn\":\"2024-03-05\",\"version\":1}")
                .post(PATH + "/" + withdrawn + "/conclude").then().statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("startedOn", nullValue());
        as("township-clerk", LUOSHI).body("{\"startedOn\":\"2024-03-06\",\"version\":2}").post(PATH + "/" + withdrawn + "/start").then()
                .statusCode(409);

        assertEquals(List.of("CREATE", "START", "CONCLUDE", "ARCHIVE"), auditActions(dataSource, "Dispute", id));
        assertEquals(List.of("CREATE", "CONCLUDE"), auditActions(dataSource, "Dispute", withdrawn));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM follow_up WHERE dispute_id = ?", id));
    }

    @Test
    void badInputAnswers400AndStoresNothing() {
        UUID committee = committee(LUOSHI);
        UUID id = UUID.randomUUID();
        String good = body(id, LUOSHI, committee, "");
        var admin = admin();
        admin.body(good.replace("NEIGHBOURHOOD", "WITCHCRAFT")).post(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("category"));
        admin().body(good.replace("APPLICATION", "RUMOUR")).post(PATH).then().statusCode(400).body("errors.field", hasItem("source"));
        admin().body(good.replace(ID_ZHANG, "430503198001011230")).post(PATH).then().statusCode(400)
                .body("errors.field", hasItem(containsString("idNumber")));
        admin().body(good.replace("12000.50", "-1")).post(PATH).then().statusCode(400).body("errors.field", hasItem("amountInvolved"));
        admin().body(good.replace("12000.50", "\"lots\"")).post(PATH).then().statusCode(400).body("errors.field", hasItem("amountInvolved"));
        admin().body(good.replace("2024-03-01", "2024-02-30")).post(PATH).then().statusCode(400).contentType("application/problem+json");
        admin().body(good.replace("430503101000", "430503999000")).post(PATH).then().statusCode(400).body("errors.field", hasItem("orgUnit"));
        admin().body(good.replace(committee.toString(), UUID.randomUUID().toString())).post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("committeeId"));
        admin().body(body(id, LUOSHI, committee, ",\"mediatorIds\":[\"" + UUID.randomUUID() + "\"]")).post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("mediatorIds"));
        admin().body(body(id, LUOSHI, committee, ",\"secret\":1")).post(PATH).then().statusCode(400).body("errors.field", hasItem("secret"));
        admin().body(good.replaceAll("(?s)\"parties\":\\[.*]", "\"parties\":[]")).post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("parties"));
        admin().body(good.replace("宅基地排水沟纠纷", " ")).post(PATH).then().statusCode(400).body("errors.field", hasItem("summary"));
        admin().queryParam("status", "ARGUING").get(PATH).then().statusCode(400).contentType("application/problem+json");
        admin().queryParam("sort", "summary,asc").get(PATH).then().statusCode(400).body("errors.field", hasItem("sort"));
        admin().queryParam("registeredFrom", "2024-05-01").queryParam("registeredTo", "2024-04-01").get(PATH).then().statusCode(400);
        admin().get(PATH + "/" + id).then().statusCode(404);
        assertEquals(0, count(dataSource, "SELECT count(*) FROM dispute WHERE id = ?", id));
        assertEquals(List.of(), auditActions(dataSource, "Dispute", id));

        // inconsistent actions
        UUID d = register(LUOSHI, committee);
        as("township-clerk", LUOSHI).body("{\"startedOn\":\"2024-02-28\",\"version\":1}").post(PATH + "/" + d + "/start").then()
                .statusCode(400).body("errors.field", hasItem("startedOn"));
        as("township-clerk", LUOSHI).body("{\"version\":1}").post(PATH + "/" + d + "/start").then()
                .statusCode(400).body("errors.field", hasItem("startedOn"));
        as("township-clerk", LUOSHI).body("{\"startedOn\":\"2024-03-02\",\"version\":1}").post(PATH + "/" + d + "/start").then().statusCode(200);
        as("township-clerk", LUOSHI).body("{\"outcome\":\"SUCCEEDED\",\"concludedOn\":\"2024-03-20\",\"version\":2}")
                .post(PATH + "/" + d + "/conclude").then().statusCode(400).body("errors.field", hasItem("agreementForm"));
        as("township-clerk", LUOSHI).body("{\"outcome\":\"FAILED\",\"concludedOn\":\"2024-03-20\",\"version\":2}")
                .post(PATH + "/" + d + "/conclude").then().statusCode(400).body("errors.field", hasItem("referral"));
        as("township-clerk", LUOSHI).body("{\"outcome\":\"FAILED\",\"concludedOn\":\"2024-03-20\",\"referral\":\"NONE\",\"agreementForm\":\"ORAL\",\"version\":2}")
                .post(PATH + "/" + d + "/conclude").then().statusCode(400).body("errors.field", hasItem("agreementForm"));
        as("township-clerk", LUOSHI).body("{\"outcome\":\"SUCCEEDED\",\"concludedOn\":\"2024-03-01\",\"agreementForm\":\"ORAL\",\"version\":2}")
                .post(PATH + "/" + d + "/conclude").then().statusCode(400).body("errors.field", hasItem("concludedOn"));
        as("township-clerk", LUOSHI).body("{\"outcome\":\"MEDIATING\",\"concludedOn\":\"2024-03-20\",\"version\":2}")
                .post(PATH + "/" + d + "/conclude").then().statusCode(400).body("errors.field", hasItem("outcome"));
        as("township-clerk", LUOSHI).body("{\"outcome\":\"SUCCEEDED\",\"concludedOn\":\"2024-03-20\",\"agreementForm\":\"SIGNED\",\"version\":2}")
                .post(PATH + "/" + d + "/conclude").then().statusCode(400).body("errors.field", hasItem("agreementForm"));
        as("township-clerk", LUOSHI).body("{\"outcome\":\"SUCCEEDED\",\"concludedOn\":\"2024-03-20\",\"agreementForm\":\"ORAL\",\"version\":2}")
                .post(PATH + "/" + d + "/conclude").then().statusCode(200);
        as("township-clerk", LUOSHI).body("{\"visitedOn\":\"2024-03-19\",\"fulfilment\":\"FULFILLED\",\"satisfaction\":\"SATISFIED\"}")
                .post(PATH + "/" + d + "/follow-up").then().statusCode(400).body("errors.field", hasItem("visitedOn"));
        as("township-clerk", LUOSHI).body("{\"visitedOn\":\"2024-04-19\",\"fulfilment\":\"MAYBE\",\"satisfaction\":\"SATISFIED\"}")
                .post(PATH + "/" + d + "/follow-up").then().statusCode(400).body("errors.field", hasItem("fulfilment"));
        as("township-clerk", LUOSHI).body("{\"archivedOn\":\"2024-04-10\",\"version\":3}")
                .post(PATH + "/" + d + "/archive").then().statusCode(400).body("errors.field", hasItem("complexityGrade"));
        as("township-clerk", LUOSHI).body("{\"archivedOn\":\"2024-03-10\",\"complexityGrade\":\"SIMPLE\",\"version\":3}")
                .post(PATH + "/" + d + "/archive").then().statusCode(400).body("errors.field", hasItem("archivedOn"));
        as("township-clerk", LUOSHI).get(PATH + "/" + d).then().statusCode(200).body("version", equalTo(3))
                .body("archivedOn", nullValue()).body("status", equalTo("SUCCEEDED"));
        assertEquals(List.of("CREATE", "START", "CONCLUDE"), auditActions(dataSource, "Dispute", d));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM follow_up WHERE dispute_id = ?", d));
    }

    @Test
    void aControlCharacterInAnyTextAnswers400NamingTheFieldAndStoresNothing() {
        UUID committee = committee(LUOSHI);
        UUID id = UUID.randomUUID();
        String good = body(id, LUOSHI, committee, "");
        admin().body(good.replace("宅基地排水沟纠纷", "宅基地\\u0000纠纷")).post(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("summary"))
                .body("errors.message[0]", containsString("控制字符"));
        admin().body(good.replace("王五", "王\\u0000五")).post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("parties[1].name"));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM dispute WHERE id = ?", id));
        admin().body("{\"orgUnit\":\"430503101000\",\"name\":\"委员会\\u0000\",\"level\":\"TOWNSHIP\",\"termStart\":\"2020-01-01\",\"status\":\"ACTIVE\"}")
                .post(BASE + "/committees").then().statusCode(400).body("errors.field", hasItem("name"));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM committee WHERE name LIKE '委员会%'"));
    }

    @Test
    void clerksSeeOnlyTheirOwnOfficeAndReadersSeeMaskedData() {
        UUID caieCommittee = committee(CAIE);
        UUID theirs = register(CAIE, caieCommittee);
        UUID ours = register(LUOSHI, committee(LUOSHI));

        as("township-clerk", LUOSHI).get(PATH + "/" + theirs).then().statusCode(404).contentType("application/problem+json");
        as("township-clerk", LUOSHI).body(body(theirs, CAIE, caieCommittee, ",\"version\":1")).put(PATH + "/" + theirs).then().statusCode(404);
        as("township-clerk", LUOSHI).body("{\"startedOn\":\"2024-03-02\",\"version\":1}").post(PATH + "/" + theirs + "/start").then().statusCode(404);
        as("township-clerk", LUOSHI).body("{\"outcome\":\"WITHDRAWN\",\"concludedOn\":\"2024-03-05\",\"version\":1}")
                .post(PATH + "/" + theirs + "/conclude").then().statusCode(404);
        as("township-clerk", LUOSHI).get(PATH + "/" + theirs + "/follow-ups").then().statusCode(404);
        as("township-clerk", LUOSHI).body("{\"visitedOn\":\"2024-04-19\",\"fulfilment\":\"FULFILLED\",\"satisfaction\":\"SATISFIED\"}")
                .post(PATH + "/" + theirs + "/follow-up").then().statusCode(404);
        // writing into another township, or using another township's committee
        as("township-clerk", LUOSHI).body(body(UUID.randomUUID(), CAIE, caieCommittee, "")).post(PATH).then().statusCode(403);
        as("township-clerk", LUOSHI).body(body(UUID.randomUUID(), LUOSHI, caieCommittee, "")).post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("committeeId"));
        as("township-clerk", LUOSHI).queryParam("size", 200).get(PATH).then().statusCode(200)
                .body("items.id", hasItem(ours.toString())).body("items.id", not(hasItem(theirs.toString())))
                .body("items.orgUnit", everyItem(equalTo(LUOSHI)));
        as("township-clerk", LUOSHI).queryParam("orgUnit", CAIE).get(PATH).then().statusCode(200).body("totalItems", equalTo(0));

        // the district reads everything: full data on one record, masked in bulk (names too)
        String masked = ID_ZHANG.substring(0, 6) + "********" + ID_ZHANG.substring(14);
        admin().get(PATH + "/" + theirs).then().statusCode(200)
                .body("parties[0].idNumber", equalTo(ID_ZHANG)).body("parties[0].name", equalTo("张三丰"));
        admin().queryParam("orgUnit", CAIE).queryParam("size", 200).get(PATH).then().statusCode(200)
                .body("items.id", hasItem(theirs.toString()))
                .body("items.parties.flatten().idNumber", hasItem(masked))
                .body("items.parties.flatten().name", hasItem("张**"))
                .body("items.parties.flatten().name", not(hasItem("张三丰")))
                .body("items.parties.flatten().phone", hasItem("138****1234"))
                .body("items.parties.flatten().idNumber", everyItem(containsString("********")))
                .body("items.parties.flatten().idNumber", not(hasItem(ID_ZHANG)))
                .body("items.parties.flatten().phone", not(hasItem("13807391234")));
        // the provincial reader sees masked personal data and writes nothing
        as("provincial-reader", PROVINCE).get(PATH + "/" + theirs).then().statusCode(200)
                .body("parties[0].idNumber", equalTo(masked)).body("parties[0].name", equalTo("张**"))
                .body("parties[0].phone", equalTo("138****1234"));
        as("provincial-reader", PROVINCE).queryParam("size", 200).get(PATH).then().statusCode(200)
                .body("items.parties.flatten().name", hasItem("张**"))
                .body("items.parties.flatten().name", not(hasItem("张三丰")))
                .body("items.parties.flatten().idNumber", not(hasItem(ID_ZHANG)));
        as("provincial-reader", PROVINCE).body(body(UUID.randomUUID(), CAIE, caieCommittee, "")).post(PATH).then().statusCode(403);
        as("provincial-reader", PROVINCE).body("{\"startedOn\":\"2024-03-02\",\"version\":1}").post(PATH + "/" + theirs + "/start").then()
                .statusCode(403);
        as("evaluator", DISTRICT).get(PATH).then().statusCode(403).contentType("application/problem+json");

        assertEquals(List.of("CREATE"), auditActions(dataSource, "Dispute", theirs));
    }

    @Test
    void openApiDescribesDisputes() {
        io.restassured.RestAssured.given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/mediation/disputes'.post.operationId", equalTo("createDispute"))
                .body("paths.'/api/v1/mediation/disputes/{id}/conclude'.post.operationId", equalTo("concludeDispute"))
                .body("paths.'/api/v1/mediation/disputes/{id}/archive'.post.responses.'409'", not(nullValue()))
                .body("paths.'/api/v1/mediation/stats'.get.operationId", equalTo("mediationStats"))
                .body("paths.'/api/v1/mediation/rewards/payouts'.get.operationId", equalTo("computeRewardPayouts"))
                .body("paths.'/api/v1/mediation/disputes/{id}/start'.post.operationId", equalTo("startDispute"))
                .body("paths.'/api/v1/mediation/disputes/{id}/follow-up'.post.operationId", equalTo("followUpDispute"))
                .body("paths.'/api/v1/mediation/disputes/{id}/follow-ups'.get.operationId", equalTo("listFollowUps"))
                .body("paths.'/api/v1/mediation/mediators'.post.operationId", equalTo("createMediator"))
                .body("paths.'/api/v1/mediation/mediators/{id}/trainings'.get.operationId", equalTo("listMediatorTrainings"))
                .body("paths.'/api/v1/mediation/trainings'.post.operationId", equalTo("createTraining"))
                .body("paths.'/api/v1/mediation/screenings'.post.operationId", equalTo("createScreening"))
                .body("paths.'/api/v1/mediation/rewards/rates'.post.operationId", equalTo("createRewardRate"))
                .body("paths.'/api/v1/mediation/stats/catalog'.get.operationId", equalTo("mediationStatsCatalog"))
                .body("paths.'/api/v1/mediation/disputes'.post.tags", hasItem("disputes"))
                .body("paths.'/api/v1/mediation/disputes/{id}/conclude'.post.responses.'409'.content.'application/problem+json'",
                        not(nullValue()))
                .body("components.schemas.Mediator.properties.employment.description", containsString("PART_TIME 兼职"))
                .body("components.schemas.TrainingInput.properties.kind.description", containsString("INITIAL 初任培训"))
                .body("components.schemas.ArchiveInput.properties.complexityGrade.description", containsString("COMPLEX 疑难复杂"))
                .body("components.schemas.Dispute.properties.status.description", containsString("SUCCEEDED 调解成功"))
                .body("components.schemas.DisputeInput.properties.category.description", containsString("MARRIAGE_FAMILY 婚姻家庭"));
    }
}
