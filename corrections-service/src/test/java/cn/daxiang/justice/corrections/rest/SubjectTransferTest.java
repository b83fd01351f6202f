package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.corrections.sync.CorrectionsSyncTest.batch;
import static cn.daxiang.justice.corrections.sync.CorrectionsSyncTest.mirror;
import static cn.daxiang.justice.corrections.sync.CorrectionsSyncTest.upload;
import static cn.daxiang.justice.corrections.TestData.SUBJECTS;
import static cn.daxiang.justice.corrections.TestData.map;
import static cn.daxiang.justice.corrections.TestData.subject;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.BANQIAO;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.Rows.count;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A subject transferred to another office takes its file along, and the old office loses it by every path. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class SubjectTransferTest {

    static final String A = CAIE;
    static final String B = BANQIAO;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aTransferredSubjectTakesItsViolationsScoresAndLevelsAndTheOldOfficeLosesThemByEveryPath() {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = subject(id, A, "PROBATION", LocalDate.of(2022, 1, 30), "NORMAL");
        as("township-clerk", A).body(body).post(SUBJECTS).then().statusCode(201);
        String path = SUBJECTS + "/" + id;
        String violation = as("township-clerk", A).body(map("occurredOn", "2022-02-07", "description", "未经批准外出",
                "sanction", "WARNING")).post(path + "/violations").then().statusCode(201).extract().path("id");
        String score = as("township-clerk", A).body(map("month", "2022-02", "score", 88)).post(path + "/scores")
                .then().statusCode(201).extract().path("id");
        assertTrue(mirror(as("township-clerk", A), "violations").containsKey(violation));

        // the district transfers the subject (执行地变更) to B
        Map<String, Object> moved = new java.util.LinkedHashMap<>(body);
        moved.put("orgUnit", B);
        moved.put("version", 1);
        as("district-admin", DISTRICT).body(moved).put(path).then().statusCode(200).body("orgUnit", equalTo(B));
        for (String table : new String[] {"violation", "assessment_score", "subject_level"}) {
            assertEquals(0, count(dataSource, "SELECT count(*) FROM corrections." + table + " WHERE subject_id = ? AND org_unit <> ?", id, B),
                    table + " rows left behind");
        }

        // B works on the file it received
        as("township-clerk", B).body(map("occurredOn", "2022-02-07", "description", "乙所补记：夜不归宿", "sanction", "WARNING",
                "version", 2)).put(path + "/violations/" + violation).then().statusCode(200).body("version", equalTo(3));
        Map<String, Map<String, Object>> mirrorB = mirror(as("township-clerk", B), "violations");
        assertEquals("乙所补记：夜不归宿", ((Map<?, ?>) mirrorB.get(violation).get("record")).get("description"));
        assertEquals(false, mirror(as("township-clerk", B), "scores").get(score).get("deleted"));

        // A's mirror learns that the records left, and never what B wrote
        Map<String, Map<String, Object>> mirrorA = mirror(as("township-clerk", A), "violations");
        assertEquals(true, mirrorA.get(violation).get("deleted"));
        assertFalse(mirrorA.toString().contains("乙所补记"), mirrorA.toString());
        assertEquals(true, mirror(as("township-clerk", A), "subjects").get(id.toString()).get("deleted"));
        assertEquals(true, mirror(as("township-clerk", A), "scores").get(score).get("deleted"));

        // and can no longer read, change or delete any of them
        as("township-clerk", A).get(path).then().statusCode(404);
        as("township-clerk", A).get(path + "/violations").then().statusCode(404);
        JsonPath delete = upload(as("township-clerk", A), "violations", batch(map("id", violation, "version", 3, "deleted", true)));
        assertEquals("REJECTED", delete.getString("results[0].status"));
        assertFalse(delete.prettify().contains("乙所补记"));
        assertEquals(1, count(dataSource, "SELECT count(*) FROM corrections.violation WHERE id = ?", UUID.fromString(violation)));
        assertEquals("REJECTED", upload(as("township-clerk", A), "scores",
                batch(map("id", score, "version", 2, "deleted", true))).getString("results[0].status"));

        // every part's move is audited, with the old office's removal row
        assertEquals(1, count(dataSource, "SELECT count(*) FROM corrections.audit_log WHERE entity_id = ? AND action = 'MOVE'", violation));
        assertEquals(1, count(dataSource, "SELECT count(*) FROM corrections.audit_log WHERE entity_id = ? AND action = 'MOVED_OUT' AND org_unit = ?",
                violation, A));
    }
}
