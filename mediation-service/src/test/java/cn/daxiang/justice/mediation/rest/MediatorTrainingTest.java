package cn.daxiang.justice.mediation.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.testing.IdNumbers;
import cn.daxiang.justice.mediation.MediationTestSupport;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.AuditRows.auditActions;
import static cn.daxiang.justice.devsupport.testing.AuditRows.auditChanges;
import static cn.daxiang.justice.devsupport.testing.Callers.admin;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static cn.daxiang.justice.devsupport.testing.Rows.count;
import static cn.daxiang.justice.mediation.MediationTestSupport.BASE;
import static cn.daxiang.justice.mediation.MediationTestSupport.committee;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mediators and training sessions; 中心路街道 and 红旗路街道 belong to this test alone. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class MediatorTrainingTest {

    static final String MEDIATORS = BASE + "/mediators";
    static final String TRAININGS = BASE + "/trainings";
    static final String ZHONGXIN = "430503001000";
    static final String HONGQI = "430503002000";
    static final String ID = IdNumbers.valid("43050319850505321");

    @Inject
    AgroalDataSource dataSource;

    static String mediator(UUID id, UUID committee, String extra) {
        return """
                {"id":"%s","committeeId":"%s","name":"刘调解","idNumber":"%s","phone":"13907391111","employment":"FULL_TIME",
                 "termStart":"2021-01-01"%s}
                """.formatted(id, committee, ID, extra);
    }

    @Test
    void mediatorsAreScopedMaskedVersionedAndAudited() {
        UUID committee = committee(ZHONGXIN);
        UUID id = UUID.randomUUID();
        as("township-clerk", ZHONGXIN).body(mediator(id, committee, "")).post(MEDIATORS).then().statusCode(201)
                .header("ETag", "\"1\"").body("orgUnit", equalTo(ZHONGXIN)).body("idNumber", equalTo(ID))
                .body("phone", equalTo("13907391111")).body("employment", equalTo("FULL_TIME")).body("version", equalTo(1));
        as("township-clerk", ZHONGXIN).get(MEDIATORS + "/" + id).then().statusCode(200).body("idNumber", equalTo(ID));
        // the office's own list is its mirror, in full; the district's list is masked
        as("township-clerk", ZHONGXIN).queryParam("committeeId", committee.toString()).get(MEDIATORS).then().statusCode(200)
                .body("items.id", equalTo(List.of(id.toString())))
                .body("items[0].idNumber", equalTo(ID)).body("items[0].phone", equalTo("13907391111"))
                .body("items[0].name", equalTo("刘调解"));
        admin().queryParam("committeeId", committee.toString()).get(MEDIATORS).then().statusCode(200)
                .body("items[0].idNumber", equalTo(ID.substring(0, 6) + "********" + ID.substring(14)))
                .body("items[0].phone", equalTo("139****1111")).body("items[0].name", equalTo("刘**"));
        admin().get(MEDIATORS + "/" + id).then().statusCode(200).body("name", equalTo("刘调解")).body("idNumber", equalTo(ID));
        as("provincial-reader", PROVINCE).get(MEDIATORS + "/" + id).then().statusCode(200)
                .body("idNumber", equalTo(ID.substring(0, 6) + "********" + ID.substring(14))).body("name", equalTo("刘**"));
        as("provincial-reader", PROVINCE).body(mediator(UUID.randomUUID(), committee, "")).post(MEDIATORS).then().statusCode(403);

        // the term ends
        as("township-clerk", ZHONGXIN).body(mediator(id, committee, ",\"termEnd\":\"2023-12-31\",\"version\":1")).put(MEDIATORS + "/" + id)
                .then().statusCode(200).body("version", equalTo(2)).body("termEnd", equalTo("2023-12-31"));
        as("township-clerk", ZHONGXIN).body(mediator(id, committee, ",\"version\":1")).put(MEDIATORS + "/" + id).then()
                .statusCode(412).body("currentVersion", equalTo(2));
        as("township-clerk", ZHONGXIN).queryParam("activeOn", "2024-06-01").queryParam("committeeId", committee.toString())
                .get(MEDIATORS).then().statusCode(200).body("totalItems", equalTo(0));
        as("township-clerk", ZHONGXIN).queryParam("activeOn", "2022-06-01").queryParam("committeeId", committee.toString())
                .get(MEDIATORS).then().statusCode(200).body("totalItems", equalTo(1));

        // another township's clerk neither sees nor uses them
        as("township-clerk", HONGQI).get(MEDIATORS + "/" + id).then().statusCode(404).contentType("application/problem+json");
        as("township-clerk", HONGQI).body(mediator(id, committee, ",\"version\":2")).put(MEDIATORS + "/" + id).then().statusCode(404);
        as("township-clerk", HONGQI).get(MEDIATORS + "/" + id + "/trainings").then().statusCode(404);
        as("township-clerk", HONGQI).body(mediator(UUID.randomUUID(), committee, "")).post(MEDIATORS).then().statusCode(400)
                .body("errors.field", hasItem("committeeId"));
        as("township-clerk", HONGQI).queryParam("size", 200).get(MEDIATORS).then().statusCode(200)
                .body("items.id", not(hasItem(id.toString())));

        assertEquals(List.of("CREATE", "UPDATE"), auditActions(dataSource, "Mediator", id));
        assertFalse(String.join("", auditChanges(dataSource, "Mediator", id)).contains(ID), "a full ID number reached the audit log");
    }

    @Test
    void badMediatorInputIs400() {
        UUID committee = committee(ZHONGXIN);
        UUID id = UUID.randomUUID();
        admin().body(mediator(id, committee, "").replace(ID, ID.substring(0, 17) + (ID.charAt(17) == '1' ? "2" : "1"))).post(MEDIATORS)
                .then().statusCode(400).body("errors.field", hasItem("idNumber"));
        admin().body(mediator(id, committee, "").replace("FULL_TIME", "VOLUNTEER")).post(MEDIATORS).then().statusCode(400)
                .body("errors.field", hasItem("employment"));
        admin().body(mediator(id, committee, ",\"termEnd\":\"2020-01-01\"")).post(MEDIATORS).then().statusCode(400)
                .body("errors.field", hasItem("termEnd"));
        admin().body(mediator(id, committee, "").replace("13907391111", "call me")).post(MEDIATORS).then().statusCode(400)
                .body("errors.field", hasItem("phone"));
        admin().body(mediator(id, UUID.randomUUID(), "")).post(MEDIATORS).then().statusCode(400).body("errors.field", hasItem("committeeId"));
        admin().body(mediator(id, committee, "").replace("刘调解", "")).post(MEDIATORS).then().statusCode(400).body("errors.field", hasItem("name"));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM mediator WHERE id = ?", id));
        assertEquals(List.of(), auditActions(dataSource, "Mediator", id));
    }

    @Test
    void trainingsRecordWhoAttended() {
        UUID committee = committee(HONGQI);
        UUID m1 = MediationTestSupport.mediator(committee, "周调解", "FULL_TIME", "2021-01-01", null);
        UUID m2 = MediationTestSupport.mediator(committee, "吴调解", "PART_TIME", "2021-01-01", null);
        UUID id = UUID.randomUUID();
        String body = """
                {"id":"%s","orgUnit":"%s","kind":"INITIAL","title":"新任调解员初任培训","heldOn":"2021-04-08","hours":7.5,"attendeeIds":["%s","%s"]}
                """.formatted(id, HONGQI, m1, m2);
        as("township-clerk", HONGQI).body(body).post(TRAININGS).then().statusCode(201)
                .body("kind", equalTo("INITIAL")).body("hours", equalTo(7.5f)).body("attendeeIds", hasItem(m2.toString()));
        as("township-clerk", HONGQI).get(MEDIATORS + "/" + m2 + "/trainings").then().statusCode(200).body("id", equalTo(List.of(id.toString())));
        as("township-clerk", HONGQI).queryParam("kind", "INITIAL").queryParam("heldFrom", "2021-04-01").queryParam("heldTo", "2021-04-30")
                .get(TRAININGS).then().statusCode(200).body("items.id", equalTo(List.of(id.toString())));
        as("township-clerk", HONGQI).body(body.replace("\"id\":\"" + id + "\",", "").replace("\"" + m2 + "\"", "\"" + m1 + "\""))
                .post(TRAININGS).then().statusCode(400).body("errors.field", hasItem("attendeeIds"));
        as("township-clerk", HONGQI).body(body.replace("\"id\":\"" + id + "\",", "").replace(m2.toString(), UUID.randomUUID().toString()))
                .post(TRAININGS).then().statusCode(400).body("errors.field", hasItem("attendeeIds"));
        as("township-clerk", HONGQI).body(body.replace("7.5", "0")).post(TRAININGS).then().statusCode(400).body("errors.field", hasItem("hours"));
        as("township-clerk", HONGQI).body(body.replace("INITIAL", "REFRESHER")).post(TRAININGS).then().statusCode(400)
                .body("errors.field", hasItem("kind"));
        as("township-clerk", HONGQI).body(body).post(TRAININGS).then().statusCode(409);
        // the second mediator did not come after all
        as("township-clerk", HONGQI).header("If-Match", "\"1\"").body(body.replace(",\"" + m2 + "\"", "")).put(TRAININGS + "/" + id)
                .then().statusCode(200).body("version", equalTo(2)).body("attendeeIds", equalTo(List.of(m1.toString())));
        as("township-clerk", HONGQI).get(MEDIATORS + "/" + m2 + "/trainings").then().statusCode(200).body("size()", equalTo(0));
        assertEquals(1, count(dataSource, "SELECT count(*) FROM training_attendance WHERE training_id = ?", id));
        as("township-clerk", ZHONGXIN).get(TRAININGS + "/" + id).then().statusCode(404);
        as("township-clerk", ZHONGXIN).body(body.replace(HONGQI, ZHONGXIN).replace("\"id\":\"" + id + "\",", "")).post(TRAININGS).then()
                .statusCode(400).body("errors.field", everyItem(containsString("attendeeIds")));
        as("evaluator", DISTRICT).get(TRAININGS).then().statusCode(403);
        assertEquals(List.of("CREATE", "UPDATE"), auditActions(dataSource, "Training", id));
        String update = auditChanges(dataSource, "Training", id).get(1);
        assertTrue(update.contains("attendees") && update.contains(m2.toString()), update);
    }
}
