package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class OrgUnitResourceTest {

    static final String PATH = "/api/v1/evaluation/org-units";

    @Test
    void noTokenIs401ProblemDetails() {
        given().get(PATH).then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
    }

    @Test
    void openApiNamesTheOperations() {
        JsonPath api = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        assertEquals("绩效评价 API (evaluation-service)", api.getString("info.title"));
        assertEquals("listOrgUnits", api.getString("paths.'/api/v1/evaluation/org-units'.get.operationId"));
        assertEquals(List.of("org-units"), api.getList("paths.'/api/v1/evaluation/org-units'.get.tags"));
        assertEquals("createTarget", api.getString("paths.'/api/v1/evaluation/targets'.post.operationId"));
        assertEquals("listTargets", api.getString("paths.'/api/v1/evaluation/targets'.get.operationId"));
        assertEquals("getTarget", api.getString("paths.'/api/v1/evaluation/targets/{id}'.get.operationId"));
        assertEquals("updateTarget", api.getString("paths.'/api/v1/evaluation/targets/{id}'.put.operationId"));
        assertEquals(List.of("targets"), api.getList("paths.'/api/v1/evaluation/targets/{id}'.put.tags"));
    }

    @Test
    void anyAuthenticatedCallerGetsTheWholeTree() {
        for (String role : List.of("township-clerk", "evaluator", "provincial-reader", "service", "district-admin", "nobody-role")) {
            JsonPath body = as(role, LUOSHI)
                    .get(PATH).then().statusCode(200).contentType("application/json")
                    .extract().jsonPath();
            List<Map<String, Object>> items = body.getList("items");
            assertEquals(17, items.size(), role + ": province, city, district and 14 townships");

            List<Map<String, Object>> districts = items.stream().filter(i -> "DISTRICT".equals(i.get("level"))).toList();
            assertEquals(1, districts.size());
            assertEquals(DISTRICT, districts.get(0).get("code"));
            assertEquals("大祥区", districts.get(0).get("name"));

            List<Map<String, Object>> townships = items.stream().filter(i -> "TOWNSHIP".equals(i.get("level"))).toList();
            assertEquals(14, townships.size());
            assertTrue(townships.stream().allMatch(t -> DISTRICT.equals(t.get("parent"))), "every township's parent is the district");
            assertTrue(townships.stream().anyMatch(t -> "430503101000".equals(t.get("code")) && "罗市镇".equals(t.get("name"))));
            assertTrue(items.stream().allMatch(i -> i.keySet().equals(java.util.Set.of("code", "name", "level", "parent", "validFrom",
                    "validTo", "successor"))), "each item is {code, name, level, parent, validFrom, validTo, successor}");
            assertTrue(items.stream().anyMatch(i -> "430000000000".equals(i.get("code")) && "PROVINCE".equals(i.get("level"))));
        }
    }
}
