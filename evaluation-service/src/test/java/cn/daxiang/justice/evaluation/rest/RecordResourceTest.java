package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static org.hamcrest.Matchers.hasItem;

/** The methods the four record resources inherit keep their roles, validation and typed bodies. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class RecordResourceTest {

    static final List<String> RESOURCES = List.of("targets", "manual-figures", "indicators", "rules");

    static String path(String resource) {
        return "/api/v1/evaluation/" + resource;
    }

    @Test
    void readersAndClerksMayNotWriteThroughAnInheritedMethod() {
        for (String resource : RESOURCES) {
            for (var caller : List.of(as("provincial-reader", PROVINCE), as("township-clerk", LUOSHI), as("service", DISTRICT))) {
                caller.body("{}").post(path(resource)).then().statusCode(403);
            }
            as("provincial-reader", PROVINCE).body("{}").put(path(resource) + "/" + UUID.randomUUID()).then().statusCode(403);
            as("township-clerk", LUOSHI).get(path(resource) + "/" + UUID.randomUUID()).then().statusCode(404);
        }
    }

    @Test
    void anInheritedMethodValidatesTheResourcesOwnInput() {
        for (String resource : RESOURCES) {
            as("evaluator", DISTRICT).body("{\"orgUnit\":\"" + DISTRICT + "\"}").post(path(resource)).then().statusCode(400)
                    .body("errors.field", hasItem(field(resource)));
        }
    }

    static String field(String resource) {
        return switch (resource) {
            case "targets" -> "year";
            case "manual-figures" -> "metric";
            case "indicators" -> "numerator";
            default -> "left";
        };
    }
}
