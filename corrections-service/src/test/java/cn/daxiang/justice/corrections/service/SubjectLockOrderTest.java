package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.corrections.ApiSyncRace;
import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.testing.IdNumbers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static cn.daxiang.justice.devsupport.testing.Callers.clerk;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The order of a subject's locks: the lock on the ID number, then the subject's row, on the API's and sync's paths alike. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class SubjectLockOrderTest {

    static final String SUBJECTS = "/api/v1/corrections/subjects";
    /** 罗市镇. */
    static final String TOWN = "430503101000";

    static final LocalDate BIRTH = LocalDate.of(1971, 4, 9);
    /** A number of this test's own, so that no other subject in correction shares it. */
    static final String ID_NUMBER = IdNumbers.valid("430503", BIRTH, ThreadLocalRandom.current().nextInt(500, 1000));

    static Map<String, Object> subject(String offence) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orgUnit", TOWN);
        body.put("name", "赵六");
        body.put("gender", "MALE");
        body.put("idNumber", ID_NUMBER);
        body.put("birthDate", BIRTH.toString());
        body.put("type", "PROBATION");
        body.put("offence", offence);
        body.put("sentence", "拘役三个月，缓刑六个月");
        body.put("decidingAuthority", "大祥区人民法院");
        body.put("correctionStart", "2021-03-02");
        body.put("correctionEnd", "2022-09-05");
        body.put("intakeDate", "2021-03-05");
        body.put("supervisionLevel", "NORMAL");
        return body;
    }

    /**
     * Both paths take the lock on the ID number before the subject's row lock, so concurrent updates of
     * one subject through both never deadlock: each round, exactly one wins and the other is told its
     * version is stale.
     */
    @Test
    void updatesOfOneSubjectThroughSyncAndTheApiAtOnceNeverDeadlock() throws Exception {
        String id = UUID.randomUUID().toString();
        Map<String, Object> created = subject("危险驾驶罪");
        created.put("id", id);
        clerk(TOWN).body(created).post(SUBJECTS).then().statusCode(201);
        ApiSyncRace.run(20,
                base -> clerk(TOWN).header("If-Match", "\"" + base + "\"").body(subject("API 第" + base + "次"))
                        .put(SUBJECTS + "/" + id).then().extract().statusCode(),
                base -> {
                    Map<String, Object> record = subject("同步 第" + base + "次");
                    record.put("id", id);
                    record.put("version", base);
                    return clerk(TOWN).body(Map.of("records", List.of(record))).post("/api/v1/corrections/sync/subjects")
                            .then().statusCode(200).extract().jsonPath().getString("results[0].status");
                });
        assertEquals(21, ((Number) clerk(TOWN).get(SUBJECTS + "/" + id).then().statusCode(200)
                .extract().path("version")).intValue());
    }
}
