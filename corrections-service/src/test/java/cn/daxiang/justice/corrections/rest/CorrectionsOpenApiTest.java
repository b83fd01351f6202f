package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** The OpenAPI document names every operation of the corrections line, with Chinese enum labels. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class CorrectionsOpenApiTest {

    @Test
    void everyOperationIsDocumented() {
        var document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        for (String operation : new String[] {"createSubject", "listSubjects", "getSubject", "updateSubject", "releaseSubject",
                "terminateSubject", "changeSubjectLevel", "listSubjectLevels", "createViolation", "updateViolation", "listViolations", "createScore", "updateScore",
                "listScores", "getSubjectFile", "handOverSubjectToResettlement", "createEducationSession", "listEducationSessions",
                "getEducationSession", "updateEducationSession", "createRemoteVisit", "listRemoteVisits", "getRemoteVisit",
                "updateRemoteVisit", "createResettlementPerson", "listResettlementPersons", "getResettlementPerson",
                "updateResettlementPerson", "getCorrectionsStats", "getCorrectionsMetricCatalog", "createTeamMember", "listTeamMembers",
                "updateTeamMember", "endTeamMember", "createCorrectionPlan", "listCorrectionPlans", "updateCorrectionPlan",
                "getCurrentCorrectionPlan"}) {
            org.hamcrest.MatcherAssert.assertThat(document, containsString("\"operationId\" : \"" + operation + "\""));
        }
        org.hamcrest.MatcherAssert.assertThat(document, containsString("OUTSIDE_PRISON 暂予监外执行"));
        org.hamcrest.MatcherAssert.assertThat(document, containsString("REVOCATION_PROPOSAL 提请撤销"));
        org.hamcrest.MatcherAssert.assertThat(document, containsString("FAMILY_OR_GUARDIAN 家庭成员或者监护人"));
    }
}
