package cn.daxiang.justice.mediation.service;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.Callers.admin;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The committee and mediator checks disputes and trainings share; 城南街道 belongs to this test alone. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ReferencesTest {

    static final String BASE = "/api/v1/mediation";
    static final String CHENGNAN = "430503007000";

    static UUID create(String path, String body) {
        UUID id = UUID.randomUUID();
        admin().body(body.formatted(id)).post(BASE + path).then().statusCode(201);
        return id;
    }

    static String dispute(UUID id, UUID committee, List<UUID> mediators) {
        return """
                {"id":"%s","orgUnit":"%s","committeeId":"%s","registeredOn":"2024-05-02","source":"APPLICATION",
                 "category":"NEIGHBOURHOOD","summary":"邻里通道纠纷","parties":[{"name":"张三","role":"APPLICANT"}],
                 "mediatorIds":[%s]}
                """.formatted(id, CHENGNAN, committee, String.join(",", mediators.stream().map(m -> "\"" + m + "\"").toList()));
    }

    @Test
    void aDisputeNamingAMediatorTwiceAndAnUnknownOneHearsOfBothAtOnceButAnExistingIdIsAConflictFirst() {
        UUID committee = create("/committees", """
                {"id":"%s","orgUnit":"430503007000","name":"城南街道人民调解委员会","level":"TOWNSHIP","termStart":"2020-01-01","status":"ACTIVE"}
                """);
        UUID mediator = create("/mediators", """
                {"id":"%s","committeeId":"%s","name":"孙调解","employment":"FULL_TIME","termStart":"2021-01-01"}
                """.replace("\"committeeId\":\"%s\"", "\"committeeId\":\"" + committee + "\""));
        var clerk = as("township-clerk", CHENGNAN);
        UUID unknown = UUID.randomUUID();
        clerk.body(dispute(UUID.randomUUID(), committee, List.of(mediator, mediator, unknown))).post(BASE + "/disputes").then()
                .statusCode(400).body("errors.field", equalTo(List.of("mediatorIds", "mediatorIds")))
                .body("errors.message", containsInAnyOrder("同一调解员不能重复指派", "未找到调解员：" + unknown));
        clerk.body(dispute(UUID.randomUUID(), UUID.randomUUID(), List.of())).post(BASE + "/disputes").then()
                .statusCode(400).body("errors.field", hasItem("committeeId"));

        UUID id = UUID.randomUUID();
        clerk.body(dispute(id, committee, List.of(mediator))).post(BASE + "/disputes").then().statusCode(201);
        // "id exists" is answered before the references are looked at, as it always was
        clerk.body(dispute(id, UUID.randomUUID(), List.of(unknown))).post(BASE + "/disputes").then().statusCode(409);
        clerk.header("If-Match", "\"1\"").body(dispute(id, committee, List.of(unknown))).put(BASE + "/disputes/" + id).then()
                .statusCode(400).body("errors.field", equalTo(List.of("mediatorIds")));
    }
}
