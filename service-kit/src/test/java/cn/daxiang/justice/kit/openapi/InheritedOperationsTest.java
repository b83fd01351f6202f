package cn.daxiang.justice.kit.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class InheritedOperationsTest {

    static OpenAPI document(String path, Operation operation) {
        return OASFactory.createOpenAPI()
                .components(OASFactory.createComponents().addSecurityScheme("bearer", OASFactory.createSecurityScheme()))
                .paths(OASFactory.createPaths().addPathItem(path, OASFactory.createPathItem().GET(operation)));
    }

    @Test
    void anInheritedOperationGetsTheLinesIdAndTheRolesItsBaseMethodDeclares() {
        Operation operation = OASFactory.createOperation().operationId("kit.accessLog");
        InheritedOperations.apply(document("/api/v1/legal-aid/access-log", operation));
        assertEquals("legalAidAccessLog", operation.getOperationId());
        assertEquals(List.of("district-admin"), operation.getSecurity().get(0).getScheme("bearer"));
    }

    @Test
    void theLineMayKeepTheIdsItPublishedBeforeTheBaseExisted() {
        Operation operation = OASFactory.createOperation().operationId("kit.stats");
        OpenAPI api = document("/api/v1/corrections/stats", operation);
        api.addExtension(InheritedOperations.EXTENSION, Map.of("kit.stats", "getCorrectionsStats"));
        InheritedOperations.apply(api);
        assertEquals("getCorrectionsStats", operation.getOperationId());
        assertEquals(List.of("service", "evaluator", "district-admin", "provincial-reader", "township-clerk"),
                operation.getSecurity().get(0).getScheme("bearer"));
        assertNull(api.getExtensions() == null ? null : api.getExtensions().get(InheritedOperations.EXTENSION), "not published");
    }

    @Test
    void aLinesPersonViewAndPersonEventsAreSecuredWithTheRolesOfTheKitsBases() {
        Operation records = OASFactory.createOperation().operationId("kit.personRecords");
        InheritedOperations.apply(document("/api/v1/mediation/persons/{hash}", records));
        assertEquals("mediationPersonRecords", records.getOperationId());
        assertEquals(List.of("district-admin", "township-clerk", "provincial-reader", "evaluator"),
                records.getSecurity().get(0).getScheme("bearer"));
        Operation events = OASFactory.createOperation().operationId("kit.personEvents");
        InheritedOperations.apply(document("/api/v1/legal-aid/person-events", events));
        assertEquals(List.of("service", "district-admin"), events.getSecurity().get(0).getScheme("bearer"));
    }

    @Test
    void anOperationOfTheLinesOwnIsLeftAsItIs() {
        Operation operation = OASFactory.createOperation().operationId("listSubjects");
        InheritedOperations.apply(document("/api/v1/corrections/subjects", operation));
        assertEquals("listSubjects", operation.getOperationId());
        assertNull(operation.getSecurity());
    }
}
