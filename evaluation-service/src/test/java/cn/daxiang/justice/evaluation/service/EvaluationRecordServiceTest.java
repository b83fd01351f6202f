package cn.daxiang.justice.evaluation.service;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static org.hamcrest.Matchers.equalTo;

/** What evaluation adds to the kit's write sequence: the answer after a flush, and the code checked first. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class EvaluationRecordServiceTest {

    static final String TARGETS = "/api/v1/evaluation/targets";
    static final String RULES = "/api/v1/evaluation/rules";

    @Test
    void anUpdateAnswersTheUpdatedAtALaterReadShows() {
        UUID id = UUID.randomUUID();
        String body = """
                {"id":"%s","year":2030,"orgUnit":"%s","metric":"legalaid.cases.accepted","value":%s%s}
                """;
        as("evaluator", DISTRICT).body(body.formatted(id, DISTRICT, "10", "")).post(TARGETS).then().statusCode(201);
        String answered = as("evaluator", DISTRICT).body(body.formatted(id, DISTRICT, "11", ",\"version\":1"))
                .put(TARGETS + "/" + id).then().statusCode(200).extract().path("updatedAt");
        as("evaluator", DISTRICT).get(TARGETS + "/" + id).then().statusCode(200).body("updatedAt", equalTo(answered));
    }

    @Test
    void aChangedCodeIsAnsweredBeforeAMalformedExpression() {
        UUID id = UUID.randomUUID();
        String body = """
                {"id":"%s","orgUnit":"%s","code":"%s","left":"%s","operator":"<=","right":"legalaid.followUps",
                 "severity":"ERROR","message":"说明"%s}
                """;
        as("evaluator", DISTRICT).body(body.formatted(id, DISTRICT, "TEST_ORDER", "legalaid.followUps.satisfied", ""))
                .post(RULES).then().statusCode(201);
        as("evaluator", DISTRICT).body(body.formatted(id, DISTRICT, "TEST_ORDER_RENAMED", "legalaid.followUps +", ",\"version\":1"))
                .put(RULES + "/" + id).then().statusCode(400).body("errors.field", equalTo(List.of("code")));
    }
}
