package cn.daxiang.justice.legalaid;

import cn.daxiang.justice.devsupport.testing.IdNumbers;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;

/** What the legal aid tests share: the path, request bodies and the steps of a case. */
public final class LegalAidApi {

    public static final String BASE = "/api/v1/legal-aid";

    private LegalAidApi() {
    }

    public static String applicationBody(UUID id, String orgUnit, String category, String receivedOn, String idNumber) {
        return """
                {"id":"%s","orgUnit":"%s","applicantName":"张三丰","applicantIdNumber":"%s",
                 "applicantPhone":"13807391234","channel":"WALK_IN","matter":"拖欠劳动报酬","category":"%s",
                 "hardshipBasis":"低保户","receivedOn":"%s"}
                """.formatted(id, orgUnit, idNumber, category, receivedOn);
    }

    public static UUID createApplication(String orgUnit, String category, String receivedOn) {
        UUID id = UUID.randomUUID();
        as("township-clerk", orgUnit).body(applicationBody(id, orgUnit, category, receivedOn, IdNumbers.valid("43050319800101123")))
                .post(BASE + "/applications").then().statusCode(201);
        return id;
    }

    /** Accepts a fresh application and answers the id of the case it created. */
    public static UUID acceptedCase(String orgUnit, String category, String receivedOn, String acceptedOn, String complexity) {
        UUID application = createApplication(orgUnit, category, receivedOn);
        String extra = complexity == null ? "" : ",\"complexity\":\"" + complexity + "\"";
        String caseId = as("township-clerk", orgUnit)
                .body("{\"acceptedOn\":\"%s\",\"version\":1%s}".formatted(acceptedOn, extra))
                .post(BASE + "/applications/" + application + "/accept").then().statusCode(201)
                .extract().path("id");
        return UUID.fromString(caseId);
    }

    public static UUID createProvider(String orgUnit, boolean senior) {
        UUID id = UUID.randomUUID();
        as(DISTRICT.equals(orgUnit) ? "district-admin" : "township-clerk", orgUnit)
                .body("""
                        {"id":"%s","orgUnit":"%s","kind":"LAWYER","name":"李律师","firm":"湖南某律师事务所",
                         "licenceNumber":"14305201010123456","specialties":["婚姻家庭","刑事辩护"],"senior":%s}
                        """.formatted(id, orgUnit, senior))
                .post(BASE + "/providers").then().statusCode(201);
        return id;
    }

    public static void assign(UUID caseId, String orgUnit, UUID provider, String on, long version) {
        as("township-clerk", orgUnit).body("{\"providerId\":\"%s\",\"assignedOn\":\"%s\",\"version\":%d}"
                        .formatted(provider, on, version))
                .post(BASE + "/cases/" + caseId + "/assign").then().statusCode(200);
    }

    public static void close(UUID caseId, String orgUnit, String on, long version) {
        as("township-clerk", orgUnit).body("{\"closedOn\":\"%s\",\"result\":\"调解结案\",\"version\":%d}".formatted(on, version))
                .post(BASE + "/cases/" + caseId + "/close").then().statusCode(200);
    }

    public static void review(UUID caseId, String orgUnit, String on, boolean passed) {
        String body = passed
                ? "{\"kind\":\"CENTER\",\"reviewedOn\":\"%s\",\"score\":90,\"result\":\"PASSED\"}".formatted(on)
                : "{\"kind\":\"PEER\",\"reviewedOn\":\"%s\",\"score\":55,\"result\":\"FAILED\",\"requiredFixes\":\"补充证据目录\"}".formatted(on);
        as("township-clerk", orgUnit).body(body).post(BASE + "/cases/" + caseId + "/reviews").then().statusCode(201);
    }

    /** The ids of the records on the caller's to-do list (the kit's tasks) that match the query. */
    public static List<String> taskIds(String role, String orgUnit, Map<String, ?> query) {
        return as(role, orgUnit).queryParams(query).queryParam("size", 200).get(BASE + "/tasks")
                .then().statusCode(200).extract().jsonPath().getList("items.recordId");
    }
}
