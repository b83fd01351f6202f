package cn.daxiang.justice.e2e;

import cn.daxiang.justice.devsupport.testing.IdNumbers;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.Callers.admin;
import static cn.daxiang.justice.devsupport.testing.Callers.clerk;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.BANQIAO;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19 end to end, through the gateway: a leave of ten days over May Day 2024 reviewed by the township office and
 * approved by the district bureau, the return registered; then the subject transferred to another township with its
 * supervision record, its leave and the leave's approval. 2024 is the suite's own year for this.
 */
@ExtendWith(SharedPlatform.class)
class DailySupervisionThroughGatewayIT {

    static final String CORRECTIONS = "/api/v1/corrections";

    static Map<String, Object> subject(UUID id) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id.toString());
        s.put("orgUnit", CAIE);
        s.put("name", "日常对象");
        s.put("gender", "FEMALE");
        LocalDate born = LocalDate.of(1976, 3, 1);
        s.put("idNumber", IdNumbers.valid("430503", born, 201));
        s.put("birthDate", born.toString());
        s.put("type", "PROBATION");
        s.put("offence", "危险驾驶罪");
        s.put("sentence", "拘役四个月，缓刑八个月");
        s.put("decidingAuthority", "大祥区人民法院");
        s.put("correctionStart", "2024-03-01");
        s.put("correctionEnd", "2024-10-31");
        s.put("intakeDate", "2024-03-01");
        s.put("supervisionLevel", "NORMAL");
        return s;
    }

    static JsonPath decide(String approval, boolean district) {
        var who = district ? admin() : clerk(CAIE);
        long version = who.get(CORRECTIONS + "/approvals/" + approval).then().statusCode(200).extract().jsonPath().getLong("version");
        return (district ? admin() : clerk(CAIE)).body(Map.of("outcome", "APPROVE", "opinion", "同意", "version", version))
                .post(CORRECTIONS + "/approvals/" + approval + "/decisions").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aLeaveGoesThroughBothLevelsAndATransferredSubjectTakesItsRecordsAndApprovalsAlong() {
        SharedPlatform.get();
        UUID id = UUID.randomUUID();
        Map<String, Object> body = subject(id);
        clerk(CAIE).body(body).post(CORRECTIONS + "/subjects").then().statusCode(201);
        String visit = clerk(CAIE).body(Map.of("kind", "HOME_VISIT", "occurredOn", "2024-04-02", "conductedBy", "李明", "result", "情况正常"))
                .post(CORRECTIONS + "/subjects/" + id + "/supervision-records").then().statusCode(201).extract().path("id");
        JsonPath leave = clerk(CAIE).body(Map.of("appliedOn", "2024-04-24", "leaveFrom", "2024-04-29", "leaveUntil", "2024-05-08",
                        "destination", "广东省广州市", "reason", "参加女儿婚礼"))
                .post(CORRECTIONS + "/subjects/" + id + "/leave-requests").then().statusCode(201).extract().jsonPath();
        String approval = leave.getString("approvalId");

        assertEquals("PENDING", decide(approval, false).getString("state"), "the office reviewed; ten days is the district's");
        List<String> queue = admin().queryParam("state", "PENDING").queryParam("awaitingMe", true).queryParam("size", 200)
                .get(CORRECTIONS + "/approvals").then().statusCode(200).extract().jsonPath().getList("items.id");
        assertTrue(queue.contains(approval), "in the district bureau's queue");
        assertEquals("APPROVED", decide(approval, true).getString("state"));
        String leavePath = CORRECTIONS + "/leave-requests/" + leave.getString("id");
        long leaveVersion = clerk(CAIE).get(leavePath).then().statusCode(200).body("status", equalTo("APPROVED"))
                .extract().jsonPath().getLong("version");
        // back on the last day, after the May Day holiday (05-01..05-05): on time
        JsonPath back = clerk(CAIE).body(Map.of("returnedOn", "2024-05-08", "version", leaveVersion)).post(leavePath + "/return")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("MET", back.getString("deadlines.find { it.kind == 'LEAVE_RETURN' }.state"));

        Map<String, Object> moved = new LinkedHashMap<>(body);
        moved.put("orgUnit", BANQIAO);
        moved.put("version", admin().get(CORRECTIONS + "/subjects/" + id).then().extract().jsonPath().getLong("version"));
        admin().body(moved).put(CORRECTIONS + "/subjects/" + id).then().statusCode(200).body("orgUnit", equalTo(BANQIAO));
        for (String path : List.of(CORRECTIONS + "/subjects/" + id, CORRECTIONS + "/supervision-records/" + visit, leavePath,
                CORRECTIONS + "/approvals/" + approval)) {
            clerk(CAIE).get(path).then().statusCode(404);
            clerk(BANQIAO).get(path).then().statusCode(200).body("orgUnit", equalTo(BANQIAO));
        }
    }
}
